// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflicts/conflictdetailpanel.h"
#include "conflicts/diff/conflictdiffmodel.h"
#include "conflicts/diff/diffcelldelegate.h"
#include "conflicts/diff/textdiff.h"
#include "store/conflictrepository.h"
#include "store/workspace.h"
#include "twowaysetup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Syncline;
using namespace Syncline::Test;

namespace {

using Side = TwoWaySetup::Side;
using Model = ConflictDiffModel;

constexpr int s_timeoutMs = 30000;

// A product catalogue row: a short title, a long description, JSON attributes, a nullable note.
const TableSpec& productsTable()
{
    static const TableSpec table { QStringLiteral("products"),
        { ColumnSpec { QStringLiteral("id"), ValueKind::Integer, true, {} },
            ColumnSpec { QStringLiteral("title"), ValueKind::Text, false, {} },
            ColumnSpec { QStringLiteral("description"), ValueKind::Text, false, {} },
            ColumnSpec { QStringLiteral("attributes"), ValueKind::Text, false, {} },
            ColumnSpec { QStringLiteral("note"), ValueKind::Text, false, {} },
            ColumnSpec { QStringLiteral("amount"), ValueKind::Decimal, false, {} },
            ColumnSpec { QStringLiteral("updated"), ValueKind::TimestampTz, false, {} } } };
    return table;
}

const QString baseTime = QStringLiteral("2024-01-01T00:00:00Z");
const QString baseDescription = QStringLiteral(
    "Ergonomic office chair with a breathable mesh back, adjustable lumbar support and "
    "padded armrests. Ships fully assembled; five-year warranty on the frame.");
const QString sourceDescription = QStringLiteral(
    "Ergonomic office chair with a breathable mesh back, adjustable lumbar support and "
    "height-adjustable armrests. Ships flat-packed; ten-year warranty on the frame.");
const QString baseAttributes = QStringLiteral(
    "{\"color\":\"black\",\"size\":\"L\",\"tags\":[\"office\",\"chair\"],\"weightKg\":14}");
const QString targetAttributes
    = QStringLiteral("{\"color\":\"black\",\"size\":\"XL\",\"tags\":[\"office\",\"chair\","
                     "\"ergonomic\"],\"weightKg\":14}");

QVariantList product(qlonglong id, const QString& title, const QString& description,
    const QString& attributes, const QVariant& note, const QString& amount, const QString& updated)
{
    return { QVariant(id), title, description, attributes, note, amount, updated };
}

QVariantList baseProduct(qlonglong id)
{
    return product(id, QStringLiteral("Office chair %1").arg(id), baseDescription, baseAttributes,
        QString(QLatin1String("")), QStringLiteral("249.00"), baseTime);
}

// Two synced rows, then changes on both sides that leave key 1 in conflict (update/update)
// and key 2 deleted on the target while the source changed it (update/delete).
struct Conflicted
{
    TwoWaySetup setup;
    ConflictRecord updateUpdate;
    ConflictRecord updateDelete;
};

bool makeConflicts(Conflicted& c, QString* error)
{
    const QList<QVariantList> rows { baseProduct(1), baseProduct(2), baseProduct(3) };
    if (!c.setup.prepare(productsTable(), rows, rows,
            QJsonObject { { QStringLiteral("conflicts"), QStringLiteral("manual") } }, error))
        return false;
    const RunReport first = c.setup.run();
    if (!first.succeeded()) {
        *error = QStringLiteral("first run: ") + first.error.message;
        return false;
    }
    const TableSpec& table = productsTable();
    // Source: new title, reworded description, the note becomes NULL, new amount and time.
    const QVariantList source
        = product(1, QStringLiteral("Office chair 1, mesh back"), sourceDescription, baseAttributes,
            QVariant(), QStringLiteral("229.00"), QStringLiteral("2024-02-01T10:00:00Z"));
    // Target: another title, bigger size in the attributes, another amount and time.
    const QVariantList target = product(1, QStringLiteral("Desk chair 1"), baseDescription,
        targetAttributes, QString(QLatin1String("")), QStringLiteral("239.00"),
        QStringLiteral("2024-02-01T11:00:00Z"));
    const QVariantList sourceTwo = product(2, QStringLiteral("Office chair 2, renamed"),
        baseDescription, baseAttributes, QString(QLatin1String("")), QStringLiteral("249.00"),
        QStringLiteral("2024-02-02T09:00:00Z"));
    if (!c.setup.exec(Side::Source,
            { updateSql(Backend::Sqlite, table, source),
                updateSql(Backend::Sqlite, table, sourceTwo) },
            error)
        || !c.setup.exec(Side::Target,
            { updateSql(Backend::Sqlite, table, target), c.setup.deleteRowSql(Side::Target, 2) },
            error))
        return false;
    const RunReport second = c.setup.run();
    if (!second.succeeded()) {
        *error = QStringLiteral("second run: ") + second.error.message;
        return false;
    }
    const auto pending = c.setup.pendingConflicts(error);
    if (!pending)
        return false;
    for (const ConflictRecord& record : *pending) {
        if (record.keyText.endsWith(QLatin1String("1")))
            c.updateUpdate = record;
        else if (record.keyText.endsWith(QLatin1String("2")))
            c.updateDelete = record;
    }
    if (c.updateUpdate.id == 0 || c.updateDelete.id == 0) {
        *error = QStringLiteral("expected two pending conflicts, found %1").arg(pending->size());
        return false;
    }
    return true;
}

// The row of `id` on one side, read with plain SQL, as dump() cells.
QStringList rowOn(TwoWaySetup& setup, Side side, qlonglong id)
{
    QString error;
    const auto rows = setup.rows(side, &error);
    if (!rows)
        return { QStringLiteral("!") + error };
    return rows->value(QString::number(id));
}

std::optional<ConflictRecord> stored(const TwoWaySetup& setup, qint64 id)
{
    auto workspace = Workspace::open(setup.workspace->location());
    if (!workspace)
        return std::nullopt;
    auto found = ConflictRepository(**workspace).get(id);
    if (!found)
        return std::nullopt;
    return *found;
}

QColor background(const QModelIndex& index)
{
    const QVariant brush = index.data(Qt::BackgroundRole);
    return brush.isValid() ? brush.value<QBrush>().color() : QColor();
}

// The merged row as the decision will spell it: field -> text ("NULL" for SQL NULL).
QMap<QString, QString> mergedRow(const ConflictDiffModel& model)
{
    QMap<QString, QString> row;
    for (int i = 0; i < model.fieldCount(); ++i)
        row.insert(model.schema(i).name, model.decisionText(i));
    return row;
}

bool waitLoaded(ConflictDetailPanel& panel)
{
    return QTest::qWaitFor(
        [&] { return !panel.isBusy() && panel.model()->fieldCount() > 0; }, s_timeoutMs);
}

// One cell as the delegate paints it, at a fixed size so two cells compare pixel by pixel.
QImage renderCell(ConflictDetailPanel& panel, const QModelIndex& index)
{
    QTableView* view = panel.fieldTable();
    const QRect rect(0, 0, 260, 40);
    QImage image(rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = QRect(QPoint(0, 0), rect.size());
    option.font = view->font();
    view->itemDelegate()->paint(&painter, option, index);
    painter.end();
    return image;
}

} // namespace

class ConflictDetailPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void textDiff_data();
    void textDiff();
    void prettyJson();
    void emptyState();
    void highlights();
    void nullAndEmptyDiffer();
    void intraFieldDiff();
    void picksApplyToBothSides();
    void undoRestoresMergedRow();
    void invalidEditIsRefused();
    void failedApplyStaysPending();
    void updateDeleteLayout();
    void keyboard();
    void screenshot();
};

void ConflictDetailPanelTest::textDiff_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("granularity");
    QTest::addColumn<QStringList>("inserted");
    QTest::addColumn<QStringList>("deleted");
    QTest::newRow("one word") << QStringLiteral("the quick brown fox")
                              << QStringLiteral("the quick red fox") << QStringLiteral("words")
                              << QStringList { QStringLiteral("red") }
                              << QStringList { QStringLiteral("brown") };
    QTest::newRow("words added") << QStringLiteral("ships in two days")
                                 << QStringLiteral("ships free in two business days")
                                 << QStringLiteral("words")
                                 << QStringList { QStringLiteral("free "),
                                        QStringLiteral("business ") }
                                 << QStringList {};
    QTest::newRow("characters") << QStringLiteral("alice@example.com")
                                << QStringLiteral("alice@example.net")
                                << QStringLiteral("automatic")
                                << QStringList { QStringLiteral("net") }
                                << QStringList { QStringLiteral("com") };
    QTest::newRow("lines") << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nB\nc\n")
                           << QStringLiteral("lines") << QStringList { QStringLiteral("B\n") }
                           << QStringList { QStringLiteral("b\n") };
    QTest::newRow("equal") << QStringLiteral("same words") << QStringLiteral("same words")
                           << QStringLiteral("automatic") << QStringList {} << QStringList {};
}

void ConflictDetailPanelTest::textDiff()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, granularity);
    QFETCH(QStringList, inserted);
    QFETCH(QStringList, deleted);
    const QList<DiffSegment> segments = granularity == u"words" ? TextDiff::words(from, to)
        : granularity == u"lines"                               ? TextDiff::lines(from, to)
                                                                : TextDiff::automatic(from, to);
    QCOMPARE(TextDiff::changed(segments, DiffSegment::Op::Inserted), inserted);
    QCOMPARE(TextDiff::changed(segments, DiffSegment::Op::Deleted), deleted);
    // The segments rebuild both texts.
    QString rebuiltFrom, rebuiltTo;
    for (const DiffSegment& s : segments) {
        if (s.op != DiffSegment::Op::Inserted)
            rebuiltFrom += s.text;
        if (s.op != DiffSegment::Op::Deleted)
            rebuiltTo += s.text;
    }
    QCOMPARE(rebuiltFrom, from);
    QCOMPARE(rebuiltTo, to);
}

void ConflictDetailPanelTest::prettyJson()
{
    const auto pretty = TextDiff::prettyJson(QStringLiteral("{\"b\":[1,2],\"a\":\"x\"}"));
    QVERIFY(pretty);
    QVERIFY2(pretty->contains(QLatin1Char('\n')), qPrintable(*pretty));
    QVERIFY(!TextDiff::prettyJson(QStringLiteral("plain text")));
    QVERIFY(!TextDiff::prettyJson(QStringLiteral("{not json}")));
    const QList<DiffSegment> segments = TextDiff::lines(
        *TextDiff::prettyJson(baseAttributes), *TextDiff::prettyJson(targetAttributes));
    const QStringList inserted = TextDiff::changed(segments, DiffSegment::Op::Inserted);
    QVERIFY2(inserted.join(QString()).contains(QLatin1String("\"XL\"")),
        qPrintable(inserted.join(u'|')));
    QVERIFY(inserted.join(QString()).contains(QLatin1String("\"ergonomic\"")));
    QVERIFY(!inserted.join(QString()).contains(QLatin1String("\"black\"")));
}

void ConflictDetailPanelTest::emptyState()
{
    ConflictDetailPanel panel(QStringLiteral("/nonexistent/workspace.db"));
    panel.resize(900, 600);
    QCOMPARE(panel.conflictId(), 0);
    QCOMPARE(panel.model()->rowCount(), 0);
    panel.showConflict(ConflictRecord());
    QCOMPARE(panel.conflictId(), 0);
}

void ConflictDetailPanelTest::highlights()
{
    Conflicted c;
    QString error;
    QVERIFY2(makeConflicts(c, &error), qPrintable(error));
    ConflictDetailPanel panel(c.setup.workspace->location());
    panel.resize(1300, 800);
    QAbstractItemModelTester tester(panel.model());
    panel.showConflict(c.updateUpdate);
    QVERIFY(waitLoaded(panel));
    Model& model = *panel.model();
    QCOMPARE(model.fieldCount(), productsTable().columns.size());
    QVERIFY2(panel.messageText().isEmpty(), qPrintable(panel.messageText()));

    const QColor sourceColour = Model::changeColour(Model::Change::Source);
    const QColor targetColour = Model::changeColour(Model::Change::Target);
    const QColor conflictColour = Model::changeColour(Model::Change::Conflict);
    struct Expected
    {
        const char* field;
        Model::Change change;
        QColor source;
        QColor target;
    };
    const QList<Expected> expected {
        { "id", Model::Change::Unchanged, QColor(), QColor() },
        { "title", Model::Change::Conflict, conflictColour, conflictColour },
        { "description", Model::Change::Source, sourceColour, QColor() },
        { "attributes", Model::Change::Target, QColor(), targetColour },
        { "note", Model::Change::Source, sourceColour, QColor() },
        { "amount", Model::Change::Conflict, conflictColour, conflictColour },
        { "updated", Model::Change::Conflict, conflictColour, conflictColour },
    };
    for (const Expected& e : expected) {
        const int row = model.fieldIndex(QString::fromLatin1(e.field));
        QVERIFY2(row >= 0, e.field);
        QCOMPARE(
            Model::Change(model.index(row, Model::FieldColumn).data(Model::ChangeRole).toInt()),
            e.change);
        QCOMPARE(background(model.index(row, Model::SourceColumn)), e.source);
        QCOMPARE(background(model.index(row, Model::TargetColumn)), e.target);
        QCOMPARE(background(model.index(row, Model::BaseColumn)), QColor());
    }
    // Fields changed on one side start merged from that side; conflicts wait for a choice.
    QCOMPARE(model.unresolvedCount(), 3);
    QCOMPARE(model.mergeState().choices[model.fieldIndex(QStringLiteral("attributes"))],
        MergeChoice::Target);
    QCOMPARE(model.mergeState().choices[model.fieldIndex(QStringLiteral("description"))],
        MergeChoice::Source);
    QCOMPARE(
        background(model.index(model.fieldIndex(QStringLiteral("title")), Model::MergedColumn)),
        Model::unresolvedColour());
    QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("applyResolution"))->isEnabled());
    // The JSON field is pretty-printed.
    const QModelIndex attributes
        = model.index(model.fieldIndex(QStringLiteral("attributes")), Model::TargetColumn);
    QVERIFY(attributes.data(Model::IsJsonRole).toBool());
    QVERIFY(attributes.data().toString().contains(QLatin1Char('\n')));
    QVERIFY(attributes.data(Model::InsertedTextRole)
                .toStringList()
                .join(QString())
                .contains(QLatin1String("XL")));

    // Folding hides exactly the unchanged field.
    auto* fold = panel.findChild<QCheckBox*>(QStringLiteral("foldUnchanged"));
    fold->setChecked(true);
    QVERIFY(panel.fieldTable()->isRowHidden(model.fieldIndex(QStringLiteral("id"))));
    QVERIFY(!panel.fieldTable()->isRowHidden(model.fieldIndex(QStringLiteral("title"))));
    fold->setChecked(false);
    QVERIFY(!panel.fieldTable()->isRowHidden(model.fieldIndex(QStringLiteral("id"))));
}

void ConflictDetailPanelTest::nullAndEmptyDiffer()
{
    Conflicted c;
    QString error;
    QVERIFY2(makeConflicts(c, &error), qPrintable(error));
    ConflictDetailPanel panel(c.setup.workspace->location());
    panel.resize(1300, 800);
    panel.show();
    panel.showConflict(c.updateUpdate);
    QVERIFY(waitLoaded(panel));
    const Model& model = *panel.model();
    const int note = model.fieldIndex(QStringLiteral("note"));
    const QModelIndex nullCell = model.index(note, Model::SourceColumn);
    const QModelIndex emptyCell = model.index(note, Model::TargetColumn);
    QCOMPARE(
        CellValue::State(nullCell.data(Model::ValueStateRole).toInt()), CellValue::State::Null);
    QCOMPARE(
        CellValue::State(emptyCell.data(Model::ValueStateRole).toInt()), CellValue::State::Value);
    QCOMPARE(emptyCell.data(Model::ValueTextRole).toString(), QString());
    QCOMPARE(nullCell.data().toString(), QStringLiteral("NULL"));
    QVERIFY(nullCell.data(Qt::ToolTipRole).toString().contains(QLatin1String("SQL NULL")));
    QVERIFY(emptyCell.data(Qt::ToolTipRole).toString().contains(QLatin1String("empty string")));
    // Painted differently: the same cell size, other pixels.
    const QImage nullImage = renderCell(panel, nullCell);
    const QImage emptyImage = renderCell(panel, emptyCell);
    QVERIFY(!nullImage.isNull());
    QCOMPARE(nullImage.size(), emptyImage.size());
    QVERIFY(nullImage != emptyImage);
    // And differently from the text "NULL" would be: the merged note (source's NULL) is NULL.
    QCOMPARE(model.decisionText(note), QStringLiteral("NULL"));
}

void ConflictDetailPanelTest::intraFieldDiff()
{
    Conflicted c;
    QString error;
    QVERIFY2(makeConflicts(c, &error), qPrintable(error));
    ConflictDetailPanel panel(c.setup.workspace->location());
    panel.showConflict(c.updateUpdate);
    QVERIFY(waitLoaded(panel));
    const Model& model = *panel.model();
    const QModelIndex description
        = model.index(model.fieldIndex(QStringLiteral("description")), Model::SourceColumn);
    const QString inserted = description.data(Model::InsertedTextRole).toStringList().join(u'|');
    const QString deleted = description.data(Model::DeletedTextRole).toStringList().join(u'|');
    QVERIFY2(inserted.contains(QLatin1String("height")), qPrintable(inserted));
    QVERIFY2(inserted.contains(QLatin1String("flat")), qPrintable(inserted));
    QVERIFY2(inserted.contains(QLatin1String("ten")), qPrintable(inserted));
    QVERIFY2(deleted.contains(QLatin1String("padded")), qPrintable(deleted));
    QVERIFY2(deleted.contains(QLatin1String("five")), qPrintable(deleted));
    // Unchanged words are not marked.
    QVERIFY(!inserted.contains(QLatin1String("lumbar")));
    QVERIFY(!deleted.contains(QLatin1String("lumbar")));
    const QString html = description.data(Model::RichTextRole).toString();
    QVERIFY(html.contains(QLatin1String("background-color")));
    QVERIFY(html.contains(QLatin1String("line-through")));
    // The base column shows the base plainly.
    QVERIFY(model.index(description.row(), Model::BaseColumn)
                .data(Model::InsertedTextRole)
                .toStringList()
                .isEmpty());
}

void ConflictDetailPanelTest::picksApplyToBothSides()
{
    Conflicted c;
    QString error;
    QVERIFY2(makeConflicts(c, &error), qPrintable(error));
    ConflictDetailPanel panel(c.setup.workspace->location());
    panel.resize(1300, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showConflict(c.updateUpdate);
    QVERIFY(waitLoaded(panel));
    Model& model = *panel.model();
    QTableView* table = panel.fieldTable();
    const int title = model.fieldIndex(QStringLiteral("title"));
    const int amount = model.fieldIndex(QStringLiteral("amount"));
    const int updated = model.fieldIndex(QStringLiteral("updated"));
    const int note = model.fieldIndex(QStringLiteral("note"));

    // Title: the target's, by keyboard on the focused field row.
    table->setFocus();
    table->setCurrentIndex(model.index(title, Model::SourceColumn));
    QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(model.mergeState().choices[title], MergeChoice::Target);
    // Amount: the source's, by double-clicking its source cell.
    table->scrollTo(model.index(amount, Model::SourceColumn));
    const QRect amountCell = table->visualRect(model.index(amount, Model::SourceColumn));
    // As a real double-click arrives: press, release, then the double-click and its release.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, amountCell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, amountCell.center());
    QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, amountCell.center());
    QCOMPARE(model.mergeState().choices[amount], MergeChoice::Source);
    // Updated: the target's, by clicking the pick circle of the target cell.
    table->scrollTo(model.index(updated, Model::TargetColumn));
    const QRect updatedCell = table->visualRect(model.index(updated, Model::TargetColumn));
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {}, updatedCell.topLeft() + QPoint(12, 14));
    QCOMPARE(model.mergeState().choices[updated], MergeChoice::Target);
    // Note: an edited value instead of the source's NULL.
    QCOMPARE(panel.editMergedValue(
                 QStringLiteral("note"), QStringLiteral("checked by procurement"), false),
        QString());
    QCOMPARE(model.unresolvedCount(), 0);
    QCOMPARE(model.index(note, Model::MergedColumn).data().toString(),
        QStringLiteral("checked by procurement"));
    QCOMPARE(background(model.index(note, Model::MergedColumn)), Model::editedColour());

    const QMap<QString, QString> expected {
        { QStringLiteral("id"), QStringLiteral("1") },
        { QStringLiteral("title"), QStringLiteral("Desk chair 1") },
        { QStringLiteral("description"), sourceDescription },
        { QStringLiteral("attributes"), targetAttributes },
        { QStringLiteral("note"), QStringLiteral("checked by procurement") },
        { QStringLiteral("amount"), QStringLiteral("229.0000") },
        { QStringLiteral("updated"), QStringLiteral("2024-02-01 11:00:00+00:00") },
    };
    QCOMPARE(mergedRow(model), expected);

    QSignalSpy resolved(&panel, &ConflictDetailPanel::resolved);
    QSignalSpy failed(&panel, &ConflictDetailPanel::applyFailed);
    auto* apply = panel.findChild<QPushButton*>(QStringLiteral("applyResolution"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(resolved.wait(s_timeoutMs) || !resolved.isEmpty(),
        qPrintable(
            failed.isEmpty() ? QStringLiteral("no signal") : failed.first().value(1).toString()));
    QCOMPARE(resolved.first().value(0).toLongLong(), c.updateUpdate.id);
    QVERIFY(failed.isEmpty());

    // Both databases hold the merged row (plain SQL).
    const QStringList want = logicalRow(productsTable(),
        product(1, QStringLiteral("Desk chair 1"), sourceDescription, targetAttributes,
            QStringLiteral("checked by procurement"), QStringLiteral("229.00"),
            QStringLiteral("2024-02-01T11:00:00Z")));
    QCOMPARE(rowOn(c.setup, Side::Source, 1), want);
    QCOMPARE(rowOn(c.setup, Side::Target, 1), want);
    const auto record = stored(c.setup, c.updateUpdate.id);
    QVERIFY(record);
    QCOMPARE(record->status, ConflictRecord::Status::Resolved);
    QVERIFY(panel.messageText().contains(QLatin1String("Applied")));
    QVERIFY(!apply->isEnabled());
}

void ConflictDetailPanelTest::undoRestoresMergedRow()
{
    Conflicted c;
    QString error;
    QVERIFY2(makeConflicts(c, &error), qPrintable(error));
    ConflictDetailPanel panel(c.setup.workspace->location());
    panel.resize(1300, 800);
    panel.show();
    panel.showConflict(c.updateUpdate);
    QVERIFY(waitLoaded(panel));
    Model& model = *panel.model();
    const QMap<QString, QString> initial = mergedRow(model);
    panel.fieldTable()->setCurrentIndex(model.index(model.fieldIndex(QStringLiteral("title")), 1));
    panel.takeSourceForCurrentField();
    const QMap<QString, QString> afterTitle = mergedRow(model);
    QCOMPARE(
        afterTitle.value(QStringLiteral("title")), QStringLiteral("Office chair 1, mesh back"));
    panel.takeTargetRow();
    QMap<QString, QString> targetRow = mergedRow(model);
    QCOMPARE(targetRow.value(QStringLiteral("description")), baseDescription);
    QCOMPARE(targetRow.value(QStringLiteral("note")), QString());
    QCOMPARE(panel.undoStack()->count(), 2);

    // Ctrl+Z undoes the row pick, then the field pick; Ctrl+Shift+Z redoes.
    panel.fieldTable()->setFocus();
    QTest::keyClick(panel.fieldTable(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(mergedRow(model), afterTitle);
    QTest::keyClick(panel.fieldTable(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(mergedRow(model), initial);
    QCOMPARE(model.mergeState(), model.initialState());
    QTest::keyClick(panel.fieldTable(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(mergedRow(model), afterTitle);
    // Nothing was written: the conflict is still pending and the sides untouched.
    QCOMPARE(stored(c.setup, c.updateUpdate.id)->status, ConflictRecord::Status::Pending);
}

void ConflictDetailPanelTest::invalidEditIsRefused()
{
    Conflicted c;
    QString error;
    QVERIFY2(makeConflicts(c, &error), qPrintable(error));
    ConflictDetailPanel panel(c.setup.workspace->location());
    panel.resize(1300, 800);
    panel.show();
    panel.showConflict(c.updateUpdate);
    QVERIFY(waitLoaded(panel));
    Model& model = *panel.model();
    const int amount = model.fieldIndex(QStringLiteral("amount"));
    const MergeState before = model.mergeState();
    const QString refused
        = panel.editMergedValue(QStringLiteral("amount"), QStringLiteral("12,x"), false);
    QVERIFY2(refused.contains(QLatin1String("decimal")), qPrintable(refused));
    QCOMPARE(model.mergeState(), before);
    QCOMPARE(panel.undoStack()->count(), 0);
    // Through the editor: the reason shows under it.
    panel.fieldTable()->setCurrentIndex(model.index(amount, Model::MergedColumn));
    auto* editor = panel.findChild<QPlainTextEdit*>(QStringLiteral("mergedValueEditor"));
    editor->setPlainText(QStringLiteral("not a number"));
    QTest::mouseClick(
        panel.findChild<QPushButton*>(QStringLiteral("mergedValueSet")), Qt::LeftButton);
    const QString shown = panel.findChild<QLabel*>(QStringLiteral("mergedValueError"))->text();
    QVERIFY2(shown.contains(QLatin1String("not a number")), qPrintable(shown));
    QCOMPARE(model.mergeState(), before);
    // A valid value is normalized to what will be written.
    editor->setPlainText(QStringLiteral("199.5"));
    QTest::mouseClick(
        panel.findChild<QPushButton*>(QStringLiteral("mergedValueSet")), Qt::LeftButton);
    QCOMPARE(model.decisionText(amount), QStringLiteral("199.5000"));
    // A timestamp in the wrong shape is refused too.
    QVERIFY(!panel.editMergedValue(QStringLiteral("updated"), QStringLiteral("yesterday"), false)
                 .isEmpty());
    // The key cannot be edited.
    QVERIFY(!panel.editMergedValue(QStringLiteral("id"), QStringLiteral("7"), false).isEmpty());
}

void ConflictDetailPanelTest::failedApplyStaysPending()
{
    Conflicted c;
    QString error;
    QVERIFY2(makeConflicts(c, &error), qPrintable(error));
    // The target now caps amounts: rebuild its table with a CHECK constraint.
    TableSpec capped = productsTable();
    capped.columns[5].constraint = QStringLiteral("CHECK (CAST(amount AS REAL) <= 1000)");
    QVERIFY2(c.setup.exec(Side::Target,
                 { QStringLiteral("ALTER TABLE products RENAME TO products_old"),
                     capped.createSql(Backend::Sqlite),
                     QStringLiteral("INSERT INTO products SELECT * FROM products_old"),
                     QStringLiteral("DROP TABLE products_old") },
                 &error),
        qPrintable(error));
    const QStringList targetBefore = rowOn(c.setup, Side::Target, 1);

    ConflictDetailPanel panel(c.setup.workspace->location());
    panel.resize(1300, 800);
    panel.show();
    panel.showConflict(c.updateUpdate);
    QVERIFY(waitLoaded(panel));
    panel.takeSourceRow();
    QCOMPARE(
        panel.editMergedValue(QStringLiteral("amount"), QStringLiteral("5000"), false), QString());
    QSignalSpy resolved(&panel, &ConflictDetailPanel::resolved);
    QSignalSpy failed(&panel, &ConflictDetailPanel::applyFailed);
    panel.setFocus();
    QTest::keyClick(&panel, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(panel.isBusy() || !failed.isEmpty());
    QVERIFY(failed.wait(s_timeoutMs) || !failed.isEmpty());
    QVERIFY(resolved.isEmpty());
    QCOMPARE(failed.first().value(0).toLongLong(), c.updateUpdate.id);
    const QString reported = failed.first().value(1).toString();
    QVERIFY2(reported.contains(QLatin1String("CHECK"), Qt::CaseInsensitive), qPrintable(reported));
    // Shown in place, and the conflict is still pending in the store.
    QVERIFY2(panel.messageText().contains(QLatin1String("CHECK"), Qt::CaseInsensitive),
        qPrintable(panel.messageText()));
    QVERIFY(panel.messageText().contains(QLatin1String("pending")));
    const auto record = stored(c.setup, c.updateUpdate.id);
    QVERIFY(record);
    QCOMPARE(record->status, ConflictRecord::Status::Pending);
    QCOMPARE(rowOn(c.setup, Side::Target, 1), targetBefore);
    // The picks survive, so the admin can fix the value and apply again.
    QCOMPARE(panel.model()->decisionText(panel.model()->fieldIndex(QStringLiteral("amount"))),
        QStringLiteral("5000.0000"));
    QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("applyResolution"))->isEnabled());
}

void ConflictDetailPanelTest::updateDeleteLayout()
{
    Conflicted c;
    QString error;
    QVERIFY2(makeConflicts(c, &error), qPrintable(error));
    ConflictDetailPanel panel(c.setup.workspace->location());
    panel.resize(1300, 800);
    panel.show();
    panel.showConflict(c.updateDelete);
    QVERIFY(waitLoaded(panel));
    Model& model = *panel.model();
    QVERIFY2(panel.bannerText().contains(QLatin1String("target deleted")),
        qPrintable(panel.bannerText()));
    QVERIFY(model.targetDeleted());
    for (int i = 0; i < model.fieldCount(); ++i) {
        QCOMPARE(CellValue::State(
                     model.index(i, Model::TargetColumn).data(Model::ValueStateRole).toInt()),
            CellValue::State::Absent);
        QCOMPARE(model.index(i, Model::TargetColumn).data().toString(), QStringLiteral("deleted"));
    }
    QVERIFY(model.unresolvedCount() > 0);
    // Taking the target means deleting the row on both sides.
    panel.takeTargetRow();
    QVERIFY(model.mergeState().rowDeleted);
    QCOMPARE(model.unresolvedCount(), 0);
    QSignalSpy resolved(&panel, &ConflictDetailPanel::resolved);
    panel.apply();
    QVERIFY(resolved.wait(s_timeoutMs) || !resolved.isEmpty());
    QVERIFY(rowOn(c.setup, Side::Source, 2).isEmpty());
    QVERIFY(rowOn(c.setup, Side::Target, 2).isEmpty());

    // Insert/insert has no base: the Base column is hidden.
    ConflictRecord inserted = c.updateUpdate;
    inserted.kind = ConflictRecord::Kind::InsertInsert;
    inserted.base = QJsonValue(QJsonValue::Null);
    panel.showConflict(inserted);
    QVERIFY(waitLoaded(panel));
    QVERIFY(panel.fieldTable()->isColumnHidden(Model::BaseColumn));
    QVERIFY(panel.bannerText().contains(QLatin1String("no base")));
}

void ConflictDetailPanelTest::keyboard()
{
    Conflicted c;
    QString error;
    QVERIFY2(makeConflicts(c, &error), qPrintable(error));
    ConflictDetailPanel panel(c.setup.workspace->location());
    panel.resize(1300, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showConflict(c.updateUpdate);
    QVERIFY(waitLoaded(panel));
    QSignalSpy next(&panel, &ConflictDetailPanel::nextRequested);
    QSignalSpy previous(&panel, &ConflictDetailPanel::previousRequested);
    panel.fieldTable()->setFocus();
    QTest::keyClick(panel.fieldTable(), Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(panel.fieldTable(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(next.size(), 1);
    QCOMPARE(previous.size(), 1);
    // Take all target with Alt+Shift+Right; the shortcuts are on the buttons.
    QTest::keyClick(panel.fieldTable(), Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(panel.model()->unresolvedCount(), 0);
    QCOMPARE(
        mergedRow(*panel.model()).value(QStringLiteral("title")), QStringLiteral("Desk chair 1"));
    const QString applyText
        = panel.findChild<QPushButton*>(QStringLiteral("applyResolution"))->text();
    QVERIFY2(applyText.contains(
                 QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
        qPrintable(applyText));
}

void ConflictDetailPanelTest::screenshot()
{
    Conflicted c;
    QString error;
    QVERIFY2(makeConflicts(c, &error), qPrintable(error));
    ConflictDetailPanel panel(c.setup.workspace->location());
    panel.resize(1400, 860);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showConflict(c.updateUpdate);
    QVERIFY(waitLoaded(panel));
    panel.fieldTable()->setCurrentIndex(panel.model()->index(
        panel.model()->fieldIndex(QStringLiteral("title")), Model::MergedColumn));
    panel.takeTargetForCurrentField();
    QApplication::processEvents();
    const QString path = QStringLiteral("/tmp/conflictdetailpanel.png");
    QVERIFY(panel.grab().save(path));
    panel.showConflict(c.updateDelete);
    QVERIFY(waitLoaded(panel));
    QApplication::processEvents();
    QVERIFY(panel.grab().save(QStringLiteral("/tmp/conflictdetailpanel-delete.png")));
}

QTEST_MAIN(ConflictDetailPanelTest)
#include "tst_conflictdetailpanel.moc"
