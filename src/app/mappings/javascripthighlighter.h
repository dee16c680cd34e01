// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Syncline {

// Highlights the JavaScript of field expressions and row filters: keywords, strings,
// numbers, comments, and `row.field` / `row["field"]` references, underlined in red when the
// source has no such field. Owned by the document it highlights (a QPlainTextEdit's);
// GUI thread.
class JavaScriptHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Keyword, String, Number, Comment, RowReference, UnknownReference };

    explicit JavaScriptHighlighter(QTextDocument* document);

    // The source fields `row` has; an empty list turns the unknown-field check off.
    void setKnownFields(const QStringList& fields);
    QTextCharFormat format(Token token) const;
    using QSyntaxHighlighter::format;

protected:
    void highlightBlock(const QString& text) override;

private:
    QHash<Token, QTextCharFormat> m_formats;
    QSet<QString> m_knownFields;
};

} // namespace Syncline
