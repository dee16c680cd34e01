// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QStringList>

namespace Syncline {

// A key that changed on both sides of a two-way job in ways the engine could not merge by
// itself, as kept in the conflict queue. Values are JSON in the mapping's canonical field
// space (CanonicalFormatter::toJson); a side that deleted the row is JSON null.
struct ConflictRecord
{
    enum class Kind { UpdateUpdate, UpdateDelete, InsertInsert };
    enum class Status { Pending, Resolved };

    qint64 id = 0;
    QString job;
    QString entity; // "source entity -> target entity", for filters and display
    QByteArray key; // KeyCodec encoding
    QString keyText; // "id=42"
    Kind kind = Kind::UpdateUpdate;
    QStringList fields; // the fields in conflict
    QJsonValue base; // object, or null when there is no base (insert/insert)
    QJsonValue source; // object, or null when the source deleted the row
    QJsonValue target; // object, or null when the target deleted the row
    QString note; // why it is here, e.g. the error of a rule that threw
    QDateTime detectedAt; // UTC, first detection
    QDateTime updatedAt; // UTC, last time a run saw it
    Status status = Status::Pending;
    QJsonObject
        resolution; // how it was resolved: {"take": "source"|"target"|"merged", "row": {...}}
    QString resolvedBy;
    QDateTime resolvedAt;
    QDateTime snoozedUntil; // UTC; a pending conflict hidden from review until then, or invalid

    static QString toString(Kind kind); // "update/update", "update/delete", "insert/insert"
    static Kind kindFromString(const QString& text);
    static QString toString(Status status); // "pending", "resolved"
};

} // namespace Syncline

Q_DECLARE_METATYPE(Syncline::ConflictRecord)
