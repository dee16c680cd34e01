// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/changeclassifier.h"

#include <QTest>

using namespace Syncline;
using Decision = ChangeClassifier::Decision;

namespace {

QString decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Insert:
        return QStringLiteral("Insert");
    case Decision::Update:
        return QStringLiteral("Update");
    case Decision::Delete:
        return QStringLiteral("Delete");
    case Decision::Unchanged:
        return QStringLiteral("Unchanged");
    case Decision::RefreshJournal:
        return QStringLiteral("RefreshJournal");
    case Decision::ForgetJournal:
        return QStringLiteral("ForgetJournal");
    case Decision::Skip:
        return QStringLiteral("Skip");
    }
    return QStringLiteral("?");
}

// A side's row or the journal's entry for the key, by hash: 0 means absent.
constexpr quint64 None = 0;
constexpr quint64 H1 = 0x1111;
constexpr quint64 H2 = 0x2222;

const QList<std::pair<const char*, JobConfig::Deletes>> s_policies = {
    { "propagate", JobConfig::Deletes::Propagate },
    { "ignore", JobConfig::Deletes::Ignore },
    { "soft-delete", JobConfig::Deletes::SoftDelete },
};

} // namespace

// ChangeClassifier::classify over every combination of what the source, the target and the
// journal hold for one key, for full runs (which read the target) and incremental runs (which
// compare with the journal only), under each deletes policy.
class ChangeClassifierTest final : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<bool>("readsTarget");
        QTest::addColumn<int>("deletes");
        QTest::addColumn<quint64>("source");
        QTest::addColumn<quint64>("target");
        QTest::addColumn<quint64>("journal");
        QTest::addColumn<QString>("expected");

        // {case, source, target, journal, expected per policy: propagate, ignore, soft-delete}
        struct Case
        {
            const char* name;
            quint64 source, target, journal;
            const char* propagate;
            const char* ignore;
            const char* softDelete;
        };
        const QList<Case> full = {
            { "same everywhere", H1, H1, H1, "Unchanged", "Unchanged", "Unchanged" },
            { "same, journal missing", H1, H1, None, "RefreshJournal", "RefreshJournal",
                "RefreshJournal" },
            { "same, journal stale", H1, H1, H2, "RefreshJournal", "RefreshJournal",
                "RefreshJournal" },
            { "target differs, journal = source", H1, H2, H1, "Update", "Update", "Update" },
            { "target differs, journal = target", H1, H2, H2, "Update", "Update", "Update" },
            { "target differs, no journal", H1, H2, None, "Update", "Update", "Update" },
            { "source only", H1, None, None, "Insert", "Insert", "Insert" },
            { "source only, journal says synced", H1, None, H1, "Insert", "Insert", "Insert" },
            { "target only, journal says synced", None, H1, H1, "Delete", "ForgetJournal",
                "Delete" },
            { "target only, never synced", None, H1, None, "Delete", "Skip", "Skip" },
            { "journal only", None, None, H1, "ForgetJournal", "ForgetJournal", "ForgetJournal" },
            { "nothing", None, None, None, "Skip", "Skip", "Skip" },
        };
        const QList<Case> incremental = {
            { "new row", H1, None, None, "Insert", "Insert", "Insert" },
            { "unchanged since last sync", H1, None, H1, "Unchanged", "Unchanged", "Unchanged" },
            { "changed since last sync", H1, None, H2, "Update", "Update", "Update" },
            { "gone from the source", None, None, H1, "Delete", "ForgetJournal", "Delete" },
            { "nothing", None, None, None, "Skip", "Skip", "Skip" },
        };
        const auto add = [](const char* mode, bool readsTarget, const QList<Case>& cases) {
            for (const Case& c : cases) {
                const char* expected[] = { c.propagate, c.ignore, c.softDelete };
                for (int p = 0; p < s_policies.size(); ++p) {
                    QTest::addRow("%s, %s: %s", mode, s_policies[p].first, c.name)
                        << readsTarget << int(s_policies[p].second) << c.source << c.target
                        << c.journal << QString::fromLatin1(expected[p]);
                }
            }
        };
        add("full", true, full);
        add("incremental", false, incremental);
    }

    void classify()
    {
        QFETCH(bool, readsTarget);
        QFETCH(int, deletes);
        QFETCH(quint64, source);
        QFETCH(quint64, target);
        QFETCH(quint64, journal);
        QFETCH(QString, expected);

        const QByteArray key("\x00\x00\x00\x00\x00\x00\x00\x2a", 8);
        KeyedRow sourceRow { key, { QVariant(qlonglong(42)), QVariant(QStringLiteral("s")) },
            source, {}, {}, KeyedRow::Scope::In, {} };
        KeyedRow targetRow { key, { QVariant(qlonglong(42)), QVariant(QStringLiteral("t")) },
            target, {}, {}, KeyedRow::Scope::In, {} };
        JournalEntry entry { key, journal, {} };

        const ChangeClassifier classifier(JobConfig::Deletes(deletes), readsTarget);
        const Decision decision = classifier.classify(source != None ? &sourceRow : nullptr,
            target != None ? &targetRow : nullptr, journal != None ? &entry : nullptr);
        QCOMPARE(decisionName(decision), expected);
    }

    // An incremental run never reads the target; whatever a caller passes for it must not
    // change the decision, which rests on the source and the journal alone.
    void incrementalIgnoresTarget_data()
    {
        QTest::addColumn<quint64>("source");
        QTest::addColumn<quint64>("journal");
        QTest::newRow("new row") << H1 << None;
        QTest::newRow("unchanged") << H1 << H1;
        QTest::newRow("changed") << H1 << H2;
        QTest::newRow("gone") << None << H1;
    }

    void incrementalIgnoresTarget()
    {
        QFETCH(quint64, source);
        QFETCH(quint64, journal);
        const QByteArray key("k");
        KeyedRow sourceRow { key, {}, source, {}, {}, KeyedRow::Scope::In, {} };
        KeyedRow targetRow { key, {}, H2 ^ H1, {}, {}, KeyedRow::Scope::In, {} };
        JournalEntry entry { key, journal, {} };
        for (const auto& [name, policy] : s_policies) {
            const ChangeClassifier classifier(policy, false);
            const KeyedRow* s = source != None ? &sourceRow : nullptr;
            const JournalEntry* j = journal != None ? &entry : nullptr;
            QCOMPARE(decisionName(classifier.classify(s, &targetRow, j)),
                decisionName(classifier.classify(s, nullptr, j)));
        }
    }
};

QTEST_GUILESS_MAIN(ChangeClassifierTest)
#include "tst_changeclassifier.moc"
