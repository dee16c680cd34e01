// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "testsqlite.h"
#include "testtable.h"
#include "testworkspace.h"
#include "twowaysetup.h"

#include <QTest>

#include <random>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

using Side = TwoWaySetup::Side;

constexpr quint32 s_defaultSeed = 20240607;
constexpr int s_rounds = 30;
constexpr int s_initialRows = 300;
constexpr qlonglong s_keySpace = 450; // inserts pick keys up to here
constexpr qlonglong s_hotKeys = 25; // most picks go here, so both sides collide often
constexpr int s_maxExtraRuns = 3;

const TableSpec& convTable()
{
    static const TableSpec table { QStringLiteral("conv"),
        { ColumnSpec { QStringLiteral("id"), ValueKind::Integer, true, {} },
            ColumnSpec { QStringLiteral("t"), ValueKind::Text, false, {} },
            ColumnSpec { QStringLiteral("n"), ValueKind::Integer, false, {} },
            ColumnSpec { QStringLiteral("d"), ValueKind::Decimal, false, {} },
            ColumnSpec { QStringLiteral("ts"), ValueKind::TimestampTz, false, {} } } };
    return table;
}

enum Column { Id, Text, Number, Decimal, Time, ColumnCount };

// The conflict rule used when a round picks "rule": every verdict a rule can give, chosen by
// the key, so the model below can tell which one each key gets.
const QString s_rule
    = QStringLiteral("(base, source, target, c) => {\n"
                     "    const id = (source || target).id;\n"
                     "    if (id % 5 === 0) throw new Error('no rule for ' + id);\n"
                     "    if (id % 5 === 1) return 'manual';\n"
                     "    if (id % 5 === 2) return 42;\n"
                     "    if (source && target && id % 5 === 3) return { t: 'merged ' + id };\n"
                     "    return id % 2 ? 'source' : 'target';\n"
                     "}");

struct Policy
{
    QString conflicts;
    QString tie = QStringLiteral("source");
    QString text() const
    {
        return conflicts == u"newest-wins" || conflicts == u"first-wins"
            ? conflicts + QStringLiteral(" (tie: ") + tie + QLatin1Char(')')
            : conflicts;
    }
};

using Row = QVariantList; // logical values (testtable.h); empty: no row
using Rows = QMap<qlonglong, Row>;

QString cell(const Row& row, int column)
{
    return logicalCell(convTable().columns[column].kind, row.value(column));
}

bool sameRow(const Row& x, const Row& y)
{
    return logicalRow(convTable(), x) == logicalRow(convTable(), y);
}

// What the engine should do with each key, by the semantics ThreeWayMerge, ConflictPolicy,
// TwoWayStep and ConflictResolver document, computed on the test's own copy of both sides, the
// journal's bases and the pending conflicts. Predicts every run's writes and counts.
class Model
{
public:
    enum class Action {
        Nothing,
        Refresh,
        Forget,
        WriteTarget,
        WriteSource,
        WriteBoth,
        DeleteTarget,
        DeleteSource,
        Conflict
    };
    struct Outcome
    {
        Action action = Action::Nothing;
        Row row;
        QString kind; // Conflict: ConflictRecord::toString() of the kind
        QStringList fields; // Conflict: fields in conflict
    };
    struct Pending
    {
        QString kind;
        QStringList fields;
    };
    struct Counts
    {
        qint64 inserted = 0, updated = 0, deleted = 0, conflicts = 0, resolved = 0;
        QString text() const
        {
            return QStringLiteral("inserted=%1 updated=%2 deleted=%3 conflicts=%4 resolved=%5")
                .arg(inserted)
                .arg(updated)
                .arg(deleted)
                .arg(conflicts)
                .arg(resolved);
        }
    };

    Rows source, target, base;
    QMap<qlonglong, Pending> pending;

    static Row mergeFields(const Row* b, const Row& s, const Row& t, bool preferSource)
    {
        Row merged = s;
        for (int i = 0; i < ColumnCount; ++i) {
            const bool sourceChanged = !b || cell(s, i) != cell(*b, i);
            const bool targetChanged = b ? cell(t, i) != cell(*b, i) : cell(s, i) != cell(t, i);
            if (targetChanged && (!sourceChanged || !preferSource))
                merged[i] = t[i];
        }
        return merged;
    }

    static Outcome merge(const Row* s, const Row* t, const Row* b)
    {
        Outcome o;
        if (!b) {
            if (s && t) {
                if (sameRow(*s, *t))
                    return { Action::Refresh, *s, {}, {} };
                o.action = Action::Conflict;
                o.kind = QStringLiteral("insert/insert");
                o.fields = differingFields(*s, *t);
                return o;
            }
            if (s)
                return { Action::WriteTarget, *s, {}, {} };
            if (t)
                return { Action::WriteSource, *t, {}, {} };
            return o;
        }
        if (!s && !t)
            return { Action::Forget, {}, {}, {} };
        if (s && !t) {
            if (sameRow(*s, *b))
                return { Action::DeleteSource, {}, {}, {} };
            return { Action::Conflict, {}, QStringLiteral("update/delete"), {} };
        }
        if (!s && t) {
            if (sameRow(*t, *b))
                return { Action::DeleteTarget, {}, {}, {} };
            return { Action::Conflict, {}, QStringLiteral("update/delete"), {} };
        }
        if (sameRow(*s, *t))
            return { sameRow(*s, *b) ? Action::Nothing : Action::Refresh, *s, {}, {} };
        for (int i = 0; i < ColumnCount; ++i) {
            if (cell(*s, i) != cell(*b, i) && cell(*t, i) != cell(*b, i)
                && cell(*s, i) != cell(*t, i))
                o.fields.append(convTable().columns[i].name);
        }
        if (!o.fields.isEmpty()) {
            o.action = Action::Conflict;
            o.kind = QStringLiteral("update/update");
            return o;
        }
        const Row merged = mergeFields(b, *s, *t, true);
        const bool targetNeedsWrite = !sameRow(merged, *t);
        const bool sourceNeedsWrite = !sameRow(merged, *s);
        if (targetNeedsWrite && sourceNeedsWrite)
            return { Action::WriteBoth, merged, {}, {} };
        if (targetNeedsWrite)
            return { Action::WriteTarget, merged, {}, {} };
        if (sourceNeedsWrite)
            return { Action::WriteSource, merged, {}, {} };
        return { Action::Refresh, merged, {}, {} };
    }

    static Outcome settle(
        const QString& kind, bool sourceWins, const Row* s, const Row* t, const Row* b)
    {
        if (kind == u"update/update" && s && t)
            return { Action::WriteBoth, mergeFields(b, *s, *t, sourceWins), {}, {} };
        if (sourceWins)
            return s ? Outcome { Action::WriteTarget, *s, {}, {} }
                     : Outcome { Action::DeleteTarget, {}, {}, {} };
        return t ? Outcome { Action::WriteSource, *t, {}, {} }
                 : Outcome { Action::DeleteSource, {}, {}, {} };
    }

    // One run of the job under `policy`.
    Counts run(const Policy& policy)
    {
        Counts counts;
        QSet<qlonglong> keys;
        for (const Rows* rows : { &source, &target, &base }) {
            for (auto it = rows->begin(); it != rows->end(); ++it)
                keys.insert(it.key());
        }
        for (const qlonglong key : std::as_const(keys)) {
            const Row* s = find(source, key);
            const Row* t = find(target, key);
            const Row* b = find(base, key);
            Outcome outcome = merge(s, t, b);
            if (pending.contains(key)) {
                if (outcome.action == Action::Nothing || outcome.action == Action::Refresh
                    || outcome.action == Action::Forget) {
                    pending.remove(key);
                    apply(outcome, key, counts);
                    continue;
                }
                if (outcome.action != Action::Conflict) {
                    outcome.kind = s && t
                        ? (b ? QStringLiteral("update/update") : QStringLiteral("insert/insert"))
                        : QStringLiteral("update/delete");
                    outcome.fields = s && t ? differingFields(*s, *t) : QStringList();
                }
                park(outcome, key, s, t, b, counts);
                continue;
            }
            if (outcome.action != Action::Conflict) {
                apply(outcome, key, counts);
                continue;
            }
            const auto [verdict, merged] = decide(policy, outcome, s, t, b, key);
            switch (verdict) {
            case Verdict::Source:
            case Verdict::Target:
                ++counts.resolved;
                apply(settle(outcome.kind, verdict == Verdict::Source, s, t, b), key, counts);
                break;
            case Verdict::Merged:
                ++counts.resolved;
                apply({ Action::WriteBoth, merged, {}, {} }, key, counts);
                break;
            case Verdict::Manual:
                park(outcome, key, s, t, b, counts);
                break;
            }
        }
        return counts;
    }

    // What ConflictResolver writes for a decision on pending `key`; false when it refuses.
    bool resolve(qlonglong key, const ConflictDecision& decision)
    {
        const Row* s = find(source, key);
        const Row* t = find(target, key);
        const Row* b = find(base, key);
        Outcome outcome;
        if (decision.take == ConflictDecision::Take::Merged) {
            if (!s && !t)
                return false;
            Row row = s && t ? mergeFields(b, *s, *t, true) : (s ? *s : *t);
            for (auto it = decision.set.begin(); it != decision.set.end(); ++it) {
                for (int i = 1; i < ColumnCount; ++i) {
                    if (convTable().columns[i].name == it.key())
                        row[i] = it.value() == u"NULL" ? QVariant() : fromText(i, it.value());
                }
            }
            outcome = { Action::WriteBoth, row, {}, {} };
        } else {
            const QString kind
                = s && t && b ? QStringLiteral("update/update") : pending.value(key).kind;
            outcome = settle(kind, decision.take == ConflictDecision::Take::Source, s, t, b);
        }
        Counts ignored;
        apply(outcome, key, ignored);
        pending.remove(key);
        return true;
    }

    // A side of the test's own making changed a row.
    void set(Side side, qlonglong key, const Row& row)
    {
        Rows& rows = side == Side::Source ? source : target;
        if (row.isEmpty())
            rows.remove(key);
        else
            rows.insert(key, row);
    }

private:
    enum class Verdict { Source, Target, Merged, Manual };

    static const Row* find(const Rows& rows, qlonglong key)
    {
        const auto it = rows.constFind(key);
        return it == rows.constEnd() ? nullptr : &*it;
    }

    static QStringList differingFields(const Row& s, const Row& t)
    {
        QStringList fields;
        for (int i = 0; i < ColumnCount; ++i) {
            if (cell(s, i) != cell(t, i))
                fields.append(convTable().columns[i].name);
        }
        return fields;
    }

    static QVariant fromText(int column, const QString& text)
    {
        if (convTable().columns[column].kind == ValueKind::Integer)
            return QVariant(text.toLongLong());
        return QVariant(text);
    }

    static std::pair<Verdict, Row> decide(const Policy& policy, const Outcome& conflict,
        const Row* s, const Row* t, const Row* b, qlonglong key)
    {
        if (policy.conflicts == u"source-wins")
            return { Verdict::Source, {} };
        if (policy.conflicts == u"target-wins")
            return { Verdict::Target, {} };
        if (policy.conflicts == u"newest-wins" || policy.conflicts == u"first-wins") {
            // A deletion carries no time: the side that still has the row wins.
            if (!s)
                return { Verdict::Target, {} };
            if (!t)
                return { Verdict::Source, {} };
            const qint64 sourceTime = cell(*s, Time).toLongLong();
            const qint64 targetTime = cell(*t, Time).toLongLong();
            if (sourceTime == targetTime)
                return { policy.tie == u"target" ? Verdict::Target : Verdict::Source, {} };
            const bool sourceLater = sourceTime > targetTime;
            return { sourceLater == (policy.conflicts == u"newest-wins") ? Verdict::Source
                                                                         : Verdict::Target,
                {} };
        }
        if (policy.conflicts == u"rule") {
            Q_UNUSED(conflict)
            switch (key % 5) {
            case 0: // throws
            case 1: // "manual"
            case 2: // 42
                return { Verdict::Manual, {} };
            case 3:
                if (s && t) {
                    Row merged = mergeFields(b, *s, *t, true);
                    merged[Text] = QStringLiteral("merged %1").arg(key);
                    return { Verdict::Merged, merged };
                }
                break;
            default:
                break;
            }
            return { key % 2 ? Verdict::Source : Verdict::Target, {} };
        }
        return { Verdict::Manual, {} };
    }

    void apply(const Outcome& outcome, qlonglong key, Counts& counts)
    {
        const bool hadSource = source.contains(key);
        const bool hadTarget = target.contains(key);
        switch (outcome.action) {
        case Action::Nothing:
        case Action::Conflict:
            break;
        case Action::Refresh:
            base.insert(key, outcome.row);
            break;
        case Action::Forget:
            base.remove(key);
            break;
        case Action::WriteTarget:
        case Action::WriteSource:
        case Action::WriteBoth:
            if (outcome.action != Action::WriteSource) {
                ++(hadTarget ? counts.updated : counts.inserted);
                target.insert(key, outcome.row);
            }
            if (outcome.action != Action::WriteTarget) {
                ++(hadSource ? counts.updated : counts.inserted);
                source.insert(key, outcome.row);
            }
            base.insert(key, outcome.row);
            break;
        case Action::DeleteTarget:
            ++counts.deleted;
            target.remove(key);
            base.remove(key);
            break;
        case Action::DeleteSource:
            ++counts.deleted;
            source.remove(key);
            base.remove(key);
            break;
        }
    }

    void park(const Outcome& conflict, qlonglong key, const Row* s, const Row* t, const Row* b,
        Counts& counts)
    {
        ++counts.conflicts;
        Pending entry { conflict.kind, conflict.fields };
        if (conflict.kind == u"update/delete") {
            // Every field the surviving side changed is in question.
            const Row* alive = s ? s : t;
            for (int i = 0; i < ColumnCount; ++i) {
                if (alive && b && cell(*alive, i) != cell(*b, i))
                    entry.fields.append(convTable().columns[i].name);
            }
        }
        pending.insert(key, entry);
    }
};

// The random source of one test run, with the few shapes of choice the test needs.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_engine(seed)
    { }

    int between(int low, int high) // inclusive
    {
        return std::uniform_int_distribution<int>(low, high)(m_engine);
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_engine) < p; }
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

    // Random field values, as logical test values.
    QVariant text()
    {
        static const QStringList words { QStringLiteral("alpha"), QStringLiteral("beta"),
            QStringLiteral("gamma"), QStringLiteral(""), QStringLiteral("Zoë"),
            QStringLiteral("naïve café"), QStringLiteral("x'y"), QStringLiteral("😀"),
            QStringLiteral("delta"), QStringLiteral("epsilon") };
        if (chance(0.1))
            return QVariant();
        return pick(words);
    }
    QVariant number()
    {
        if (chance(0.1))
            return QVariant();
        return QVariant(qlonglong(between(-5, 40)));
    }
    QVariant decimal()
    {
        if (chance(0.1))
            return QVariant();
        const int value = between(-200000, 200000);
        return QStringLiteral("%1%2.%3")
            .arg(value < 0 ? QStringLiteral("-") : QString())
            .arg(std::abs(value) / 10000)
            .arg(std::abs(value) % 10000, 4, 10, QLatin1Char('0'));
    }
    QVariant time()
    {
        // Few distinct instants, so equal times (ties) happen; written with two offsets.
        const int minute = between(0, 19);
        if (chance(0.5))
            return QStringLiteral("2024-05-01T10:%1:00Z").arg(minute, 2, 10, QLatin1Char('0'));
        return QStringLiteral("2024-05-01T12:%1:00+02:00").arg(minute, 2, 10, QLatin1Char('0'));
    }
    QVariant value(int column)
    {
        switch (column) {
        case Text:
            return text();
        case Number:
            return number();
        case Decimal:
            return decimal();
        default:
            return time();
        }
    }

private:
    std::mt19937 m_engine;
};

RowsByKey cellsOf(const Rows& rows)
{
    RowsByKey keyed;
    for (auto it = rows.begin(); it != rows.end(); ++it)
        keyed.insert(QString::number(it.key()), logicalRow(convTable(), *it));
    return keyed;
}

} // namespace

// A seeded randomized two-way test, SQLite to SQLite: rounds of random inserts, updates and
// deletes on both sides, each followed by a run under a policy picked at random, with random
// admin decisions on the conflicts left for them. A model of the documented semantics predicts
// every run; after each round both databases, the journal and the conflict queue must match
// it. At the end, with every conflict resolved, both sides must be equal to each other and to
// the journal, and every row must be accounted for. SYNCLINE_SEED=N replays a failure.
class ConvergenceTest final : public QObject
{
    Q_OBJECT

private:
    // The model's view against the databases, the journal and the conflict queue.
    static void verifyAgainstModel(TwoWaySetup& setup, const Model& model, const QString& when)
    {
        QString error;
        const QString sides = setup.differenceFrom(cellsOf(model.source), cellsOf(model.target));
        QVERIFY2(sides.isEmpty(), qPrintable(when + QStringLiteral(": ") + sides));
        const auto journal = setup.journal(&error);
        QVERIFY2(journal, qPrintable(error));
        const QString journalDifference = rowsDifference(cellsOf(model.base), *journal);
        QVERIFY2(journalDifference.isEmpty(),
            qPrintable(when + QStringLiteral(": journal: ") + journalDifference));
        const auto pending = setup.pendingConflicts(&error);
        QVERIFY2(pending, qPrintable(error));
        QStringList expected, actual;
        for (auto it = model.pending.begin(); it != model.pending.end(); ++it)
            expected.append(QStringLiteral("id=%1 %2 [%3]")
                                .arg(it.key())
                                .arg(it->kind, it->fields.join(QLatin1Char(','))));
        for (const ConflictRecord& record : std::as_const(*pending))
            actual.append(QStringLiteral("%1 %2 [%3]")
                              .arg(record.keyText, ConflictRecord::toString(record.kind),
                                  record.fields.join(QLatin1Char(','))));
        expected.sort();
        actual.sort();
        QVERIFY2(expected == actual,
            qPrintable(when
                + QStringLiteral(": conflict queue:\n  expected %1\n  found    %2")
                      .arg(
                          expected.join(QStringLiteral("; ")), actual.join(QStringLiteral("; ")))));
    }

private slots:
    void randomRoundsConverge()
    {
        bool seeded = false;
        const quint32 seed = qEnvironmentVariableIsSet("SYNCLINE_SEED")
            ? quint32(qEnvironmentVariableIntValue("SYNCLINE_SEED", &seeded))
            : s_defaultSeed;
        QVERIFY2(
            seeded || !qEnvironmentVariableIsSet("SYNCLINE_SEED"), "SYNCLINE_SEED is not a number");
        qInfo("seed %u (replay with SYNCLINE_SEED=%u)", seed, seed);
        Dice dice(seed);
        const TableSpec& table = convTable();

        // Both sides start with the same rows; the first run journals them.
        QList<QVariantList> initial;
        Model model;
        for (qlonglong id = 1; id <= s_initialRows; ++id) {
            const Row row { QVariant(id), dice.text(), dice.number(), dice.decimal(), dice.time() };
            initial.append(row);
            model.source.insert(id, row);
            model.target.insert(id, row);
        }
        TwoWaySetup setup;
        QString error;
        QVERIFY2(setup.prepare(table, initial, initial,
                     { { QStringLiteral("conflicts"), QStringLiteral("manual") },
                         { QStringLiteral("batch"), 37 } },
                     &error),
            qPrintable(error));
        const Policy manual { QStringLiteral("manual") };
        model.run(manual);
        RunReport report = setup.run();
        SYNCLINE_VERIFY_RUN(report);
        verifyAgainstModel(setup, model, QStringLiteral("first run"));
        if (QTest::currentTestFailed())
            return;

        // What the test did, to account for every row at the end.
        QSet<qlonglong> everInserted;
        QSet<qlonglong> deletedByTest;
        for (qlonglong id = 1; id <= s_initialRows; ++id)
            everInserted.insert(id);
        int runs = 1;
        int resolutions = 0;
        Model::Counts totals;

        const QList<Policy> policies { { QStringLiteral("source-wins") },
            { QStringLiteral("target-wins") },
            { QStringLiteral("newest-wins"), QStringLiteral("source") },
            { QStringLiteral("newest-wins"), QStringLiteral("target") },
            { QStringLiteral("first-wins"), QStringLiteral("source") },
            { QStringLiteral("first-wins"), QStringLiteral("target") },
            { QStringLiteral("manual") }, { QStringLiteral("rule") } };

        // Decides a random subset (all, when `everything`) of the pending conflicts.
        const auto resolveSome = [&](bool everything, const QString& when) {
            QString resolveError;
            const auto pending = setup.pendingConflicts(&resolveError);
            QVERIFY2(pending, qPrintable(resolveError));
            for (const ConflictRecord& record : std::as_const(*pending)) {
                if (!everything && !dice.chance(0.5))
                    continue;
                const qlonglong key = record.keyText.mid(3).toLongLong();
                QVERIFY2(model.pending.contains(key),
                    qPrintable(when + QStringLiteral(": unexpected conflict ") + record.keyText));
                ConflictDecision decision;
                const int choice = dice.between(0, 4);
                const bool anyRow = model.source.contains(key) || model.target.contains(key);
                if (choice == 4 && anyRow) {
                    decision.take = ConflictDecision::Take::Merged;
                    for (int column = Text; column < ColumnCount; ++column) {
                        if (!dice.chance(0.5))
                            continue;
                        const QVariant value = dice.value(column);
                        decision.set.insert(table.columns[column].name,
                            value.isValid() ? value.toString() : QStringLiteral("NULL"));
                    }
                } else {
                    decision.take = choice % 2 ? ConflictDecision::Take::Target
                                               : ConflictDecision::Take::Source;
                }
                const auto resolved
                    = setup.resolve(record.id, decision, QStringLiteral("tester"), &resolveError);
                QVERIFY2(resolved,
                    qPrintable(QStringLiteral("%1: resolving %2: %3")
                                   .arg(when, record.keyText, resolveError)));
                QVERIFY(model.resolve(key, decision));
                ++resolutions;
            }
            verifyAgainstModel(setup, model, when + QStringLiteral(", after resolving"));
        };

        for (int round = 1; round <= s_rounds; ++round) {
            const QString when = QStringLiteral("seed %1 round %2").arg(seed).arg(round);
            // 1. Random changes on both sides.
            for (const Side side : { Side::Source, Side::Target }) {
                Rows& rows = side == Side::Source ? model.source : model.target;
                const Rows& other = side == Side::Source ? model.target : model.source;
                QStringList statements;
                const auto pickKey = [&]() -> qlonglong {
                    return dice.chance(0.7) ? dice.between(1, int(s_hotKeys))
                                            : dice.between(1, int(s_keySpace));
                };
                const int inserts = dice.between(0, 8);
                const int updates = dice.between(10, 30);
                const int deletes = dice.between(0, 6);
                for (int i = 0; i < inserts; ++i) {
                    const qlonglong key = pickKey();
                    if (rows.contains(key))
                        continue;
                    Row row { QVariant(key), dice.text(), dice.number(), dice.decimal(),
                        dice.time() };
                    // Sometimes the very row the other side has: insert/insert alike.
                    if (other.contains(key) && dice.chance(0.2))
                        row = other.value(key);
                    statements.append(insertSql(Backend::Sqlite, table, row));
                    model.set(side, key, row);
                    everInserted.insert(key);
                }
                for (int i = 0; i < updates; ++i) {
                    const qlonglong key = pickKey();
                    if (!rows.contains(key))
                        continue;
                    Row row = rows.value(key);
                    for (int column = Text; column < ColumnCount; ++column) {
                        if (!dice.chance(0.4))
                            continue;
                        // Sometimes the other side's value: both changed alike.
                        row[column] = other.contains(key) && dice.chance(0.15)
                            ? other.value(key).value(column)
                            : dice.value(column);
                    }
                    statements.append(updateSql(Backend::Sqlite, table, row));
                    model.set(side, key, row);
                }
                for (int i = 0; i < deletes; ++i) {
                    const qlonglong key = pickKey();
                    if (!rows.contains(key))
                        continue;
                    statements.append(deleteSql(Backend::Sqlite, table, { QVariant(key) }));
                    model.set(side, key, {});
                    deletedByTest.insert(key);
                }
                QVERIFY2(setup.exec(side, statements, &error), qPrintable(error));
            }

            // 2. Now and then an admin decides some conflicts left from earlier rounds,
            //    after the sides changed again.
            if (dice.chance(0.5)) {
                resolveSome(false, when);
                if (QTest::currentTestFailed())
                    return;
            }

            // 3. A run under a random policy.
            const Policy policy = dice.pick(policies);
            QVERIFY2(setup.editJob(
                         [&](JobConfig& job) {
                             job.conflicts = policy.conflicts;
                             job.newestField = QStringLiteral("ts");
                             job.tieWinner = policy.tie;
                             job.rule = policy.conflicts == u"rule" ? s_rule : QString();
                         },
                         &error),
                qPrintable(error));
            const Model::Counts expected = model.run(policy);
            report = setup.run();
            ++runs;
            SYNCLINE_VERIFY_RUN(report);
            const Model::Counts actual { report.counts.inserted, report.counts.updated,
                report.counts.deleted, report.counts.conflicts, report.policyResolved };
            QVERIFY2(actual.text() == expected.text(),
                qPrintable(QStringLiteral("%1 (%2): counts %3, expected %4")
                               .arg(when, policy.text(), actual.text(), expected.text())));
            totals.inserted += actual.inserted;
            totals.updated += actual.updated;
            totals.deleted += actual.deleted;
            totals.conflicts += actual.conflicts;
            totals.resolved += actual.resolved;
            verifyAgainstModel(
                setup, model, when + QStringLiteral(" (") + policy.text() + QLatin1Char(')'));
            if (QTest::currentTestFailed())
                return;

            // 4. Sometimes right after the run, too.
            if (dice.chance(0.3)) {
                resolveSome(false, when);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        qInfo("%d rounds: %s, %d admin decisions, %lld pending before the end", s_rounds,
            qPrintable(totals.text()), resolutions, qlonglong(model.pending.size()));
        QVERIFY2(totals.conflicts > 0 && resolutions > 0 && totals.resolved > 0,
            "the rounds made no conflicts to settle; the test tests too little");

        // The end: every conflict decided, then runs until nothing changes.
        resolveSome(true, QStringLiteral("the end"));
        if (QTest::currentTestFailed())
            return;
        bool quiet = false;
        for (int extra = 0; extra < s_maxExtraRuns && !quiet; ++extra) {
            report = setup.run();
            ++runs;
            SYNCLINE_VERIFY_RUN(report);
            quiet = report.counts.applied() == 0 && report.counts.conflicts == 0;
        }
        QVERIFY2(quiet, "the sides still change after every conflict was resolved");

        // Both sides equal each other and the journal; no journal entry for absent keys.
        const QString problem = setup.convergenceProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto finalSource = setup.rows(Side::Source, &error);
        QVERIFY2(finalSource, qPrintable(error));
        const auto journal = setup.journal(&error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->keys(), finalSource->keys());
        verifyAgainstModel(setup, model, QStringLiteral("the end"));
        if (QTest::currentTestFailed())
            return;

        // Nothing invented: every key present was inserted by the test. Nothing lost: every
        // key inserted and now absent was deleted by a side (the test) at some point.
        QStringList invented, lost;
        QSet<qlonglong> present;
        for (auto it = finalSource->begin(); it != finalSource->end(); ++it)
            present.insert(it.key().toLongLong());
        for (const qlonglong key : std::as_const(present)) {
            if (!everInserted.contains(key))
                invented.append(QString::number(key));
        }
        for (const qlonglong key : std::as_const(everInserted)) {
            if (!present.contains(key) && !deletedByTest.contains(key))
                lost.append(QString::number(key));
        }
        QVERIFY2(invented.isEmpty(),
            qPrintable(QStringLiteral("rows nobody inserted: ") + invented.join(QLatin1Char(','))));
        QVERIFY2(lost.isEmpty(),
            qPrintable(
                QStringLiteral("rows nobody deleted are gone: ") + lost.join(QLatin1Char(','))));

        // Every decision is recorded: one audit entry per admin resolution, one run record per
        // run, and the queue holds each conflict once, all resolved.
        const auto audit = setup.audit(QStringLiteral("conflict.resolve"), &error);
        QVERIFY2(audit, qPrintable(error));
        QCOMPARE(int(audit->size()), resolutions);
        const auto runCount = setup.workspace->runCount(&error);
        QVERIFY2(runCount, qPrintable(error));
        QCOMPARE(*runCount, qint64(runs));
        const auto all = setup.allConflicts(&error);
        QVERIFY2(all, qPrintable(error));
        int byAdmin = 0;
        for (const ConflictRecord& record : std::as_const(*all)) {
            QCOMPARE(ConflictRecord::toString(record.status), QStringLiteral("resolved"));
            if (record.resolvedBy == u"tester")
                ++byAdmin;
        }
        QCOMPARE(byAdmin, resolutions);
    }
};

QTEST_GUILESS_MAIN(ConvergenceTest)
#include "tst_convergence.moc"
