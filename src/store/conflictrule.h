// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Syncline {

// A named, saved way to settle conflicts in bulk: take the source's row, the target's row,
// the row with the newest value of a time field, or what a JavaScript function decides
// (as a job's "rule" policy: (base, source, target, conflict) => "source" | "target" |
// "manual" | a row). Kept in the workspace by ConflictRuleRepository; a value type.
struct ConflictRule
{
    enum class Kind { TakeSource, TakeTarget, Newest, Script };

    QString name;
    Kind kind = Kind::TakeSource;
    QString field; // Newest: the timestamp field compared
    QString script; // Script: the JavaScript function
    QString description;
    QDateTime updatedAt; // UTC

    bool operator==(const ConflictRule&) const = default;

    static QString toString(Kind kind); // "source", "target", "newest", "script"
    // nullopt-like: false in `ok` for an unknown name.
    static Kind kindFromString(const QString& text, bool* ok = nullptr);
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::ConflictRule)
