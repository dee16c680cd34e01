// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiff.h"

#include <QJsonDocument>

#include <dtl/dtl.hpp>

#include <vector>

namespace Syncline {

namespace {

using Tokens = std::vector<QString>;

enum class CharClass { Word, Space, Other };

CharClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c == u'_')
        return CharClass::Word;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

Tokens wordTokens(const QString& text)
{
    Tokens tokens;
    qsizetype start = 0;
    while (start < text.size()) {
        const CharClass kind = classOf(text[start]);
        qsizetype end = start + 1;
        if (kind != CharClass::Other) {
            while (end < text.size() && classOf(text[end]) == kind)
                ++end;
        }
        tokens.push_back(text.mid(start, end - start));
        start = end;
    }
    return tokens;
}

Tokens characterTokens(const QString& text)
{
    Tokens tokens;
    tokens.reserve(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        // Keep surrogate pairs together so no half character is ever highlighted.
        if (text[i].isHighSurrogate() && i + 1 < text.size()) {
            tokens.push_back(text.mid(i, 2));
            ++i;
        } else {
            tokens.push_back(QString(text[i]));
        }
    }
    return tokens;
}

Tokens lineTokens(const QString& text)
{
    Tokens tokens;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        end = end < 0 ? text.size() : end + 1;
        tokens.push_back(text.mid(start, end - start));
        start = end;
    }
    return tokens;
}

void append(QList<DiffSegment>& segments, DiffSegment::Op op, const QString& text)
{
    if (text.isEmpty())
        return;
    if (!segments.isEmpty() && segments.last().op == op)
        segments.last().text += text;
    else
        segments.append(DiffSegment { op, text });
}

QList<DiffSegment> diff(const Tokens& from, const Tokens& to)
{
    QList<DiffSegment> segments;
    if (from.size() + to.size() > size_t(TextDiff::maximumTokens)) {
        QString a, b;
        for (const QString& t : from)
            a += t;
        for (const QString& t : to)
            b += t;
        if (a == b) {
            append(segments, DiffSegment::Op::Equal, a);
        } else {
            append(segments, DiffSegment::Op::Deleted, a);
            append(segments, DiffSegment::Op::Inserted, b);
        }
        return segments;
    }
    dtl::Diff<QString, Tokens> engine(from, to);
    engine.compose();
    for (const auto& [token, info] : engine.getSes().getSequence()) {
        switch (info.type) {
        case dtl::SES_COMMON:
            append(segments, DiffSegment::Op::Equal, token);
            break;
        case dtl::SES_ADD:
            append(segments, DiffSegment::Op::Inserted, token);
            break;
        case dtl::SES_DELETE:
            append(segments, DiffSegment::Op::Deleted, token);
            break;
        }
    }
    return segments;
}

} // namespace

QList<DiffSegment> TextDiff::words(const QString& from, const QString& to)
{
    return diff(wordTokens(from), wordTokens(to));
}

QList<DiffSegment> TextDiff::characters(const QString& from, const QString& to)
{
    return diff(characterTokens(from), characterTokens(to));
}

QList<DiffSegment> TextDiff::lines(const QString& from, const QString& to)
{
    return diff(lineTokens(from), lineTokens(to));
}

QList<DiffSegment> TextDiff::automatic(const QString& from, const QString& to)
{
    if (from.contains(u'\n') || to.contains(u'\n'))
        return lines(from, to);
    const auto isSingleToken = [](const QString& text) {
        for (QChar c : text) {
            if (c.isSpace())
                return false;
        }
        return true;
    };
    if (isSingleToken(from) && isSingleToken(to))
        return characters(from, to);
    return words(from, to);
}

std::optional<QString> TextDiff::prettyJson(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (!(trimmed.startsWith(u'{') && trimmed.endsWith(u'}'))
        && !(trimmed.startsWith(u'[') && trimmed.endsWith(u']')))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return std::nullopt;
    QString pretty = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    while (pretty.endsWith(u'\n'))
        pretty.chop(1);
    return pretty;
}

QStringList TextDiff::changed(const QList<DiffSegment>& segments, DiffSegment::Op op)
{
    QStringList texts;
    for (const DiffSegment& segment : segments) {
        if (segment.op == op)
            texts.append(segment.text);
    }
    return texts;
}

} // namespace Syncline
