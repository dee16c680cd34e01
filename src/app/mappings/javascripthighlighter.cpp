// SPDX-License-Identifier: GPL-3.0-or-later
#include "javascripthighlighter.h"

#include "widgets/statuscolors.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Syncline {

namespace {

enum BlockState { Normal = 0, InComment = 1 };

} // namespace

JavaScriptHighlighter::JavaScriptHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    // Two sets of colours with enough contrast on a light and on a dark editor background.
    const QPalette palette = QGuiApplication::palette();
    const bool dark = StatusColors::isDark(palette);
    const auto pick = [dark](QColor onLight, QColor onDark) { return dark ? onDark : onLight; };
    QTextCharFormat keyword;
    keyword.setForeground(pick(QColor(0x0b, 0x3d, 0x91), QColor(0x82, 0xaa, 0xff)));
    keyword.setFontWeight(QFont::Bold);
    m_formats.insert(Token::Keyword, keyword);
    QTextCharFormat string;
    string.setForeground(pick(QColor(0xa3, 0x15, 0x15), QColor(0xf7, 0x8c, 0x6c)));
    m_formats.insert(Token::String, string);
    QTextCharFormat number;
    number.setForeground(pick(QColor(0x09, 0x86, 0x58), QColor(0x7f, 0xd9, 0x98)));
    m_formats.insert(Token::Number, number);
    QTextCharFormat comment;
    comment.setForeground(palette.color(QPalette::PlaceholderText));
    comment.setFontItalic(true);
    m_formats.insert(Token::Comment, comment);
    QTextCharFormat reference;
    reference.setForeground(pick(QColor(0x6f, 0x42, 0xc1), QColor(0xc7, 0x92, 0xea)));
    reference.setFontWeight(QFont::DemiBold);
    m_formats.insert(Token::RowReference, reference);
    QTextCharFormat unknown = reference;
    unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    unknown.setUnderlineColor(StatusColors::error(palette));
    unknown.setToolTip(tr("The source has no such field"));
    m_formats.insert(Token::UnknownReference, unknown);
}

void JavaScriptHighlighter::setKnownFields(const QStringList& fields)
{
    const QSet<QString> known(fields.cbegin(), fields.cend());
    if (known == m_knownFields)
        return;
    m_knownFields = known;
    rehighlight();
}

QTextCharFormat JavaScriptHighlighter::format(Token token) const
{
    return m_formats.value(token);
}

void JavaScriptHighlighter::highlightBlock(const QString& text)
{
    static const QRegularExpression keywords(QStringLiteral(
        "\\b(?:break|case|catch|class|const|continue|default|delete|do|else|false|finally|for|"
        "function|if|in|instanceof|let|new|null|of|return|switch|this|throw|true|try|typeof|"
        "undefined|var|void|while|yield|NaN|Infinity)\\b"));
    static const QRegularExpression numbers(
        QStringLiteral("\\b(?:0[xX][0-9a-fA-F]+|\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+)\\b"));
    static const QRegularExpression references(QStringLiteral(
        "\\brow\\s*(?:\\.\\s*([A-Za-z_$][\\w$]*)|\\[\\s*(?:'([^']*)'|\"([^\"]*)\")\\s*\\])"));
    static const QRegularExpression strings(
        QStringLiteral("'(?:[^'\\\\]|\\\\.)*'?|\"(?:[^\"\\\\]|\\\\.)*\"?|`(?:[^`\\\\]|\\\\.)*`?"));

    // Plain tokens first; strings, references and comments override them.
    for (const auto& [pattern, token] :
        { std::pair { &keywords, Token::Keyword }, std::pair { &numbers, Token::Number } }) {
        for (auto it = pattern->globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats.value(token));
        }
    }
    // Strings: keep their spans, so comments and references inside them are not taken as such.
    QList<std::pair<qsizetype, qsizetype>> stringSpans;
    for (auto it = strings.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        stringSpans.append({ m.capturedStart(), m.capturedEnd() });
    }
    const auto inString = [&](qsizetype pos) {
        for (const auto& [start, end] : std::as_const(stringSpans)) {
            if (pos >= start && pos < end)
                return true;
        }
        return false;
    };
    for (auto it = references.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (inString(m.capturedStart()))
            continue;
        QString name = m.captured(1);
        if (name.isEmpty())
            name = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
        const bool known = m_knownFields.isEmpty() || m_knownFields.contains(name);
        setFormat(int(m.capturedStart()), int(m.capturedLength()),
            m_formats.value(known ? Token::RowReference : Token::UnknownReference));
    }
    for (const auto& [start, end] : std::as_const(stringSpans))
        setFormat(int(start), int(end - start), m_formats.value(Token::String));

    // Comments: /* ... */ across lines, then // to the end of the line.
    QList<std::pair<int, int>> commentSpans;
    const auto find = [&](QLatin1String what, qsizetype from) -> int {
        for (qsizetype i = text.indexOf(what, from); i >= 0; i = text.indexOf(what, i + 1)) {
            if (!inString(i))
                return int(i);
        }
        return -1;
    };
    const bool continued = previousBlockState() == InComment;
    setCurrentBlockState(Normal);
    for (int start = continued ? 0 : find(QLatin1String("/*"), 0); start >= 0;) {
        const bool opensHere = !(continued && commentSpans.isEmpty() && start == 0);
        const qsizetype end = text.indexOf(QLatin1String("*/"), start + (opensHere ? 2 : 0));
        const int stop = end < 0 ? int(text.size()) : int(end + 2);
        if (end < 0)
            setCurrentBlockState(InComment);
        commentSpans.append({ start, stop });
        setFormat(start, stop - start, m_formats.value(Token::Comment));
        start = end < 0 ? -1 : find(QLatin1String("/*"), stop);
    }
    const auto inComment = [&](int pos) {
        for (const auto& [start, stop] : std::as_const(commentSpans)) {
            if (pos >= start && pos < stop)
                return true;
        }
        return false;
    };
    for (int i = find(QLatin1String("//"), 0); i >= 0; i = find(QLatin1String("//"), i + 1)) {
        if (inComment(i))
            continue;
        setFormat(i, int(text.size()) - i, m_formats.value(Token::Comment));
        break;
    }
}

} // namespace Syncline
