// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Syncline {

// One run of a diff: text both sides share, text only the newer side has, or text only the
// older side had.
struct DiffSegment
{
    enum class Op { Equal, Inserted, Deleted };
    Op op = Op::Equal;
    QString text;

    bool operator==(const DiffSegment&) const = default;
};

// The intra-field diff of the conflict review: what changed between a field's base value
// and one side's value, by word, by character or by line (pretty-printed JSON). The
// sequence alignment is libdtl's (an O(NP) shortest edit script); this class only cuts text
// into tokens and joins the edit script back into segments. Stateless; any thread.
class TextDiff final
{
public:
    // Tokens: runs of letters/digits, runs of white space, and single other characters.
    static QList<DiffSegment> words(const QString& from, const QString& to);
    static QList<DiffSegment> characters(const QString& from, const QString& to);
    // Each line keeps its line break.
    static QList<DiffSegment> lines(const QString& from, const QString& to);
    // Picks the granularity a reader expects: lines for multi-line text, characters for a
    // single token (an e-mail address, a code), words otherwise.
    static QList<DiffSegment> automatic(const QString& from, const QString& to);

    // `text` indented when it is a JSON object or array; nullopt otherwise.
    static std::optional<QString> prettyJson(const QString& text);

    // The inserted (or deleted) text of `segments`, one entry per segment.
    static QStringList changed(const QList<DiffSegment>& segments, DiffSegment::Op op);

    // Inputs with more tokens than this are shown as one replacement (keeps the GUI quick).
    static constexpr int maximumTokens = 20000;
};

} // namespace Syncline
