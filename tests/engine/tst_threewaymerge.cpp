// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fieldtype.h"
#include "core/rowhasher.h"
#include "engine/keyedrow.h"
#include "engine/threewaymerge.h"

#include <QTest>

#include <optional>

using namespace Syncline;

namespace {

using Action = MergeOutcome::Action;
using Kind = ConflictRecord::Kind;

// The mapping every case uses: id (key), name, qty (columns, reversible) and label (an
// expression: computed from the source, never flows back).
enum Field { Id, Name, Qty, Label };

const QList<FieldType>& fieldTypes()
{
    static const QList<FieldType> types { FieldType::of(FieldType::Kind::Integer),
        FieldType::of(FieldType::Kind::Text), FieldType::of(FieldType::Kind::Integer),
        FieldType::of(FieldType::Kind::Text) };
    return types;
}

const QList<bool> reversible { true, true, true, false };

// A canonical row; `name` and `label` "NULL" stand for SQL NULL, qty -1 too.
QVariantList row(const QString& name, qlonglong qty, const QString& label = QStringLiteral("L"))
{
    const auto text
        = [](const QString& value) { return value == u"NULL" ? QVariant() : QVariant(value); };
    return { QVariant(qlonglong(7)), text(name), qty < 0 ? QVariant() : QVariant(qty),
        text(label) };
}

// "No row": the side deleted it, or never had it; no base: never synced.
const QVariantList none;

std::optional<KeyedRow> keyed(const QVariantList& values)
{
    if (values.isEmpty())
        return std::nullopt;
    KeyedRow keyedRow;
    keyedRow.key = QByteArray("\x01\x07");
    keyedRow.values = values;
    RowHasher hasher;
    keyedRow.hash = hasher.hash(values, fieldTypes());
    return keyedRow;
}

QString actionName(Action action)
{
    switch (action) {
    case Action::Nothing:
        return QStringLiteral("Nothing");
    case Action::RefreshJournal:
        return QStringLiteral("RefreshJournal");
    case Action::ForgetJournal:
        return QStringLiteral("ForgetJournal");
    case Action::WriteTarget:
        return QStringLiteral("WriteTarget");
    case Action::WriteSource:
        return QStringLiteral("WriteSource");
    case Action::WriteBoth:
        return QStringLiteral("WriteBoth");
    case Action::DeleteTarget:
        return QStringLiteral("DeleteTarget");
    case Action::DeleteSource:
        return QStringLiteral("DeleteSource");
    case Action::Conflict:
        return QStringLiteral("Conflict");
    }
    return QStringLiteral("?");
}

QString rowText(const QVariantList& values)
{
    if (values.isEmpty())
        return QStringLiteral("(none)");
    QStringList cells;
    for (const QVariant& value : values)
        cells.append(value.isValid() ? value.toString() : QStringLiteral("NULL"));
    return QLatin1Char('(') + cells.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// One line with everything a case checks, so a failure shows all of it at once.
QString outcomeText(const MergeOutcome& outcome)
{
    QString text = actionName(outcome.action);
    if (outcome.action == Action::Conflict) {
        QStringList fields;
        for (int field : outcome.conflictFields)
            fields.append(QString::number(field));
        text += QStringLiteral(" %1 fields [%2]")
                    .arg(ConflictRecord::toString(outcome.kind), fields.join(QLatin1Char(',')));
    } else if (outcome.action != Action::Nothing && outcome.action != Action::ForgetJournal
        && outcome.action != Action::DeleteTarget && outcome.action != Action::DeleteSource) {
        text += QLatin1Char(' ') + rowText(outcome.row);
    }
    return text;
}

QString expectedText(Action action, const QVariantList& values, Kind kind, const QList<int>& fields)
{
    MergeOutcome outcome;
    outcome.action = action;
    outcome.row = values;
    outcome.kind = kind;
    outcome.conflictFields = fields;
    return outcomeText(outcome);
}

} // namespace

// ThreeWayMerge on its own: how one key is classified from the source row, the target row
// and the journal's base (DESIGN.md step 3), field by field, and what settling a conflict in
// favour of one side writes. Pure logic, no database.
class ThreeWayMergeTest final : public QObject
{
    Q_OBJECT

private slots:
    void merge_data()
    {
        QTest::addColumn<QVariantList>("source");
        QTest::addColumn<QVariantList>("target");
        QTest::addColumn<QVariantList>("base");
        QTest::addColumn<int>("action");
        QTest::addColumn<QVariantList>("expectedRow");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QList<int>>("conflictFields");

        const auto add
            = [](const char* name, const QVariantList& source, const QVariantList& target,
                  const QVariantList& base, Action action, const QVariantList& expected = {},
                  Kind kind = Kind::UpdateUpdate, const QList<int>& fields = {}) {
                  QTest::newRow(name)
                      << source << target << base << int(action) << expected << int(kind) << fields;
              };
        const QVariantList b = row(QStringLiteral("ann"), 1);

        // Never synced (no base).
        add("never synced: nowhere", none, none, none, Action::Nothing);
        add("never synced: source only", b, none, none, Action::WriteTarget, b);
        add("never synced: target only", none, b, none, Action::WriteSource, b);
        add("never synced: both alike", b, b, none, Action::RefreshJournal, b);
        add("never synced: insert/insert one field", b, row(QStringLiteral("bob"), 1), none,
            Action::Conflict, {}, Kind::InsertInsert, { Name });
        add("never synced: insert/insert two fields", b, row(QStringLiteral("bob"), 2), none,
            Action::Conflict, {}, Kind::InsertInsert, { Name, Qty });
        add("never synced: NULL vs empty text is insert/insert", row(QStringLiteral("NULL"), 1),
            row(QString(), 1), none, Action::Conflict, {}, Kind::InsertInsert, { Name });
        add("never synced: differ only in an expression field", b,
            row(QStringLiteral("ann"), 1, QStringLiteral("other")), none, Action::WriteTarget, b);

        // Synced before; one side changed.
        add("unchanged", b, b, b, Action::Nothing);
        add("source changed one field", row(QStringLiteral("amy"), 1), b, b, Action::WriteTarget,
            row(QStringLiteral("amy"), 1));
        add("target changed one field", b, row(QStringLiteral("ann"), 5), b, Action::WriteSource,
            row(QStringLiteral("ann"), 5));
        add("source set a field to NULL", row(QStringLiteral("NULL"), 1), b, b, Action::WriteTarget,
            row(QStringLiteral("NULL"), 1));
        add("target set a field to NULL", b, row(QStringLiteral("ann"), -1), b, Action::WriteSource,
            row(QStringLiteral("ann"), -1));
        add("source changed every field", row(QStringLiteral("amy"), 9, QStringLiteral("M")), b, b,
            Action::WriteTarget, row(QStringLiteral("amy"), 9, QStringLiteral("M")));

        // Both changed alike: the journal learns the new row, nothing is written.
        add("both changed alike", row(QStringLiteral("amy"), 2), row(QStringLiteral("amy"), 2), b,
            Action::RefreshJournal, row(QStringLiteral("amy"), 2));

        // Both changed different fields: a field-level merge, written where it is missing.
        add("both changed different fields", row(QStringLiteral("amy"), 1),
            row(QStringLiteral("ann"), 5), b, Action::WriteBoth, row(QStringLiteral("amy"), 5));
        add("both changed different fields, one to NULL", row(QStringLiteral("NULL"), 1),
            row(QStringLiteral("ann"), 5), b, Action::WriteBoth, row(QStringLiteral("NULL"), 5));
        add("both changed one field alike, the source another", row(QStringLiteral("amy"), 5),
            row(QStringLiteral("ann"), 5), b, Action::WriteTarget, row(QStringLiteral("amy"), 5));
        add("both changed one field alike, the target another", row(QStringLiteral("amy"), 1),
            row(QStringLiteral("amy"), 5), b, Action::WriteSource, row(QStringLiteral("amy"), 5));

        // Both changed the same field differently: update/update on exactly those fields.
        add("update/update one field", row(QStringLiteral("amy"), 1), row(QStringLiteral("ada"), 1),
            b, Action::Conflict, {}, Kind::UpdateUpdate, { Name });
        add("update/update one field, the target also changed another",
            row(QStringLiteral("amy"), 1), row(QStringLiteral("ada"), 5), b, Action::Conflict, {},
            Kind::UpdateUpdate, { Name });
        add("update/update two fields", row(QStringLiteral("amy"), 2),
            row(QStringLiteral("ada"), 3), b, Action::Conflict, {}, Kind::UpdateUpdate,
            { Name, Qty });
        add("update/update: NULL against a value", row(QStringLiteral("NULL"), 1),
            row(QStringLiteral("ada"), 1), b, Action::Conflict, {}, Kind::UpdateUpdate, { Name });
        add("update/update: NULL against empty text", row(QStringLiteral("NULL"), 1),
            row(QString(), 1), b, Action::Conflict, {}, Kind::UpdateUpdate, { Name });

        // One side deleted.
        add("source deleted, target unchanged", none, b, b, Action::DeleteTarget);
        add("target deleted, source unchanged", b, none, b, Action::DeleteSource);
        add("both deleted", none, none, b, Action::ForgetJournal);
        add("source deleted, target updated", none, row(QStringLiteral("ada"), 1), b,
            Action::Conflict, {}, Kind::UpdateDelete);
        add("target deleted, source updated", row(QStringLiteral("amy"), 1), none, b,
            Action::Conflict, {}, Kind::UpdateDelete);
        add("source deleted, target changed only an expression field", none,
            row(QStringLiteral("ann"), 1, QStringLiteral("edited")), b, Action::DeleteTarget);

        // Expression fields (not reversible) always come from the source.
        add("target edited an expression field", b,
            row(QStringLiteral("ann"), 1, QStringLiteral("edited")), b, Action::WriteTarget, b);
        add("source's expression changed, target edited it too",
            row(QStringLiteral("ann"), 1, QStringLiteral("new")),
            row(QStringLiteral("ann"), 1, QStringLiteral("edited")), b, Action::WriteTarget,
            row(QStringLiteral("ann"), 1, QStringLiteral("new")));
        add("field merge keeps the source's expression", row(QStringLiteral("amy"), 1),
            row(QStringLiteral("ann"), 5, QStringLiteral("edited")), b, Action::WriteBoth,
            row(QStringLiteral("amy"), 5));
        add("target changed a column and edited an expression field", b,
            row(QStringLiteral("ann"), 5, QStringLiteral("edited")), b, Action::WriteBoth,
            row(QStringLiteral("ann"), 5));
    }

    void merge()
    {
        QFETCH(QVariantList, source);
        QFETCH(QVariantList, target);
        QFETCH(QVariantList, base);
        QFETCH(int, action);
        QFETCH(QVariantList, expectedRow);
        QFETCH(int, kind);
        QFETCH(QList<int>, conflictFields);

        const auto s = keyed(source);
        const auto t = keyed(target);
        std::optional<quint64> baseHash;
        if (!base.isEmpty())
            baseHash = RowHasher().hash(base, fieldTypes());
        const ThreeWayMerge merge(reversible);
        const MergeOutcome outcome = merge.merge(
            s ? &*s : nullptr, t ? &*t : nullptr, base.isEmpty() ? nullptr : &base, baseHash);
        QCOMPARE(outcomeText(outcome),
            expectedText(Action(action), expectedRow, Kind(kind), conflictFields));
    }

    // The journal's hash decides between "nothing to do" and "both changed alike".
    void mergeUsesTheJournalHash()
    {
        const QVariantList b = row(QStringLiteral("ann"), 1);
        const auto s = keyed(b);
        const auto t = keyed(b);
        const ThreeWayMerge merge(reversible);
        const quint64 hash = RowHasher().hash(b, fieldTypes());
        QCOMPARE(outcomeText(merge.merge(&*s, &*t, &b, hash)), QStringLiteral("Nothing"));
        QCOMPARE(int(merge.merge(&*s, &*t, &b, hash + 1).action), int(Action::RefreshJournal));
    }

    // Settling a conflict for one side (a policy's verdict, or an admin's "take").
    void settle_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("sourceWins");
        QTest::addColumn<QVariantList>("source");
        QTest::addColumn<QVariantList>("target");
        QTest::addColumn<QVariantList>("base");
        QTest::addColumn<int>("action");
        QTest::addColumn<QVariantList>("expectedRow");

        const QVariantList b = row(QStringLiteral("ann"), 1);
        // Both changed name; the source also changed the expression, the target qty.
        const QVariantList s = row(QStringLiteral("amy"), 1, QStringLiteral("S"));
        const QVariantList t = row(QStringLiteral("ada"), 5, QStringLiteral("T"));
        const auto add
            = [](const char* name, Kind kind, bool sourceWins, const QVariantList& source,
                  const QVariantList& target, const QVariantList& base, Action action,
                  const QVariantList& expected = {}) {
                  QTest::newRow(name) << int(kind) << sourceWins << source << target << base
                                      << int(action) << expected;
              };
        // update/update: the winner's values in the overlapping fields, the rest merged;
        // the expression from the source either way.
        add("update/update, source wins", Kind::UpdateUpdate, true, s, t, b, Action::WriteBoth,
            row(QStringLiteral("amy"), 5, QStringLiteral("S")));
        add("update/update, target wins", Kind::UpdateUpdate, false, s, t, b, Action::WriteBoth,
            row(QStringLiteral("ada"), 5, QStringLiteral("S")));
        // update/delete: the other side becomes equal to the winner.
        add("source deleted, source wins", Kind::UpdateDelete, true, none, t, b,
            Action::DeleteTarget);
        add("source deleted, target wins", Kind::UpdateDelete, false, none, t, b,
            Action::WriteSource, t);
        add("target deleted, source wins", Kind::UpdateDelete, true, s, none, b,
            Action::WriteTarget, s);
        add("target deleted, target wins", Kind::UpdateDelete, false, s, none, b,
            Action::DeleteSource);
        // insert/insert: the winner's row (the source's expression value: it cannot flow back).
        add("insert/insert, source wins", Kind::InsertInsert, true, s, t, none, Action::WriteTarget,
            s);
        add("insert/insert, target wins", Kind::InsertInsert, false, s, t, none,
            Action::WriteSource, row(QStringLiteral("ada"), 5, QStringLiteral("S")));
    }

    void settle()
    {
        QFETCH(int, kind);
        QFETCH(bool, sourceWins);
        QFETCH(QVariantList, source);
        QFETCH(QVariantList, target);
        QFETCH(QVariantList, base);
        QFETCH(int, action);
        QFETCH(QVariantList, expectedRow);

        const auto s = keyed(source);
        const auto t = keyed(target);
        const QVariantList* basePtr = base.isEmpty() ? nullptr : &base;
        const ThreeWayMerge merge(reversible);
        std::optional<quint64> baseHash;
        if (basePtr)
            baseHash = RowHasher().hash(base, fieldTypes());
        // The case really is that conflict.
        const MergeOutcome conflict
            = merge.merge(s ? &*s : nullptr, t ? &*t : nullptr, basePtr, baseHash);
        QCOMPARE(int(conflict.action), int(Action::Conflict));
        QCOMPARE(ConflictRecord::toString(conflict.kind), ConflictRecord::toString(Kind(kind)));

        const MergeOutcome settled
            = merge.settle(conflict, sourceWins, s ? &*s : nullptr, t ? &*t : nullptr, basePtr);
        QCOMPARE(outcomeText(settled), expectedText(Action(action), expectedRow, Kind(kind), {}));
    }

    // mergeFields() with and without a base, preferring either side.
    void mergeFields_data()
    {
        QTest::addColumn<QVariantList>("base");
        QTest::addColumn<bool>("preferSource");
        QTest::addColumn<QVariantList>("expected");
        const QVariantList b = row(QStringLiteral("ann"), 1);
        QTest::newRow("base, prefer source") << b << true << row(QStringLiteral("amy"), 5);
        QTest::newRow("base, prefer target") << b << false << row(QStringLiteral("ada"), 5);
        QTest::newRow("no base, prefer source")
            << QVariantList() << true << row(QStringLiteral("amy"), 1);
        QTest::newRow("no base, prefer target")
            << QVariantList() << false << row(QStringLiteral("ada"), 5);
    }

    void mergeFields()
    {
        QFETCH(QVariantList, base);
        QFETCH(bool, preferSource);
        QFETCH(QVariantList, expected);
        // The source changed name and the expression; the target name, qty and the expression.
        const QVariantList source = row(QStringLiteral("amy"), 1, QStringLiteral("S"));
        const QVariantList target = row(QStringLiteral("ada"), 5, QStringLiteral("T"));
        const ThreeWayMerge merge(reversible);
        QVariantList want = expected;
        want[Label] = QStringLiteral("S");
        QCOMPARE(rowText(merge.mergeFields(
                     base.isEmpty() ? nullptr : &base, source, target, preferSource)),
            rowText(want));
    }
};

QTEST_GUILESS_MAIN(ThreeWayMergeTest)
#include "tst_threewaymerge.moc"
