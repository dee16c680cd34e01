// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/connectionfactory.h"
#include "core/configparser.h"
#include "engine/demoworkspace.h"
#include "engine/mappingpreview.h"
#include "mappings/fieldconnectorview.h"
#include "mappings/fieldmatcher.h"
#include "mappings/javascripthighlighter.h"
#include "mappings/mappingdesigner.h"
#include "mappings/mappingdocument.h"
#include "mappings/previewmodel.h"
#include "mappings/rulelistmodel.h"
#include "mappings/sourcefieldmodel.h"
#include "mappings/targetfieldmodel.h"
#include "mappings/transformeditor.h"
#include "mappings/validationruleeditor.h"
#include "store/configrepository.h"
#include "store/workspace.h"
#include "testsqlite.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QDrag>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Syncline;

namespace {

constexpr int s_previewTimeoutMs = 20000;

EndpointConfig sqliteEndpoint(const QString& name, const QString& path)
{
    EndpointConfig endpoint;
    endpoint.name = name;
    endpoint.kind = QStringLiteral("sqlite");
    endpoint.url = QStringLiteral("sqlite://") + path;
    return endpoint;
}

FieldMapping column(const QString& target, const QString& source)
{
    FieldMapping field;
    field.target = target;
    field.source = source;
    return field;
}

FieldMapping expression(const QString& target, const QString& expr)
{
    FieldMapping field;
    field.target = target;
    field.kind = FieldMapping::Kind::Expression;
    field.expression = expr;
    return field;
}

// Target field -> source field, for the column mappings of a mapping.
QMap<QString, QString> pairs(const MappingConfig& mapping)
{
    QMap<QString, QString> out;
    for (const FieldMapping& f : mapping.fields)
        out.insert(f.target, f.source);
    return out;
}

// Remembers the objects created as children of the watched object (a QDrag is one).
class DragWatcher : public QObject
{
public:
    explicit DragWatcher(QList<QPointer<QObject>>* children)
        : m_children(children)
    { }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ChildAdded)
            m_children->append(static_cast<QChildEvent*>(event)->child());
        return QObject::eventFilter(watched, event);
    }

private:
    QList<QPointer<QObject>>* m_children;
};

} // namespace

class TestMappingDesigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fieldMatcherNormalizesNames_data();
    void fieldMatcherNormalizesNames();
    void autoMapMapsTheExpectedPairs();
    void dropOfASourceFieldMapsIt();
    void dragWithQDragMapsAField();
    void undoAndRedoRestoreTheExactMapping();
    void designedMappingIsSavedAsIs();
    void unmappedRequiredFieldsAreFlagged();
    void badExpressionMarksThePreviewCell();
    void previewReportsConversionsRulesFiltersAndLookups();
    void highlighterMarksUnknownRowFields();
    void modelsPassTheModelTester();
    void screenshot();

private:
    static void saveScreenshot(QWidget& widget, const QString& fileName);
    MappingConfig baseMapping() const;
    void load(MappingDesigner& designer, const MappingConfig& mapping);
    EntityInfo describe(const EndpointConfig& endpoint, const QString& entity);

    Test::TestSqlite m_sqlite;
    EndpointConfig m_crm;
    EndpointConfig m_edge;
    EntityInfo m_source;
    EntityInfo m_target;
};

void TestMappingDesigner::initTestCase()
{
    QVERIFY(m_sqlite.isValid());
    QStringList source {
        QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, \"Full Name\" TEXT, "
                       "\"EMAIL\" TEXT, created_at TEXT, age TEXT, country TEXT, avatar BLOB, "
                       "active INTEGER)"),
        QStringLiteral("CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT)"),
        QStringLiteral("INSERT INTO countries VALUES ('DE', 'Germany'), ('FR', 'France'), "
                       "('PL', 'Poland')"),
    };
    const QStringList names = { QStringLiteral("Zoë Müller"), QStringLiteral("Łukasz Nowak"),
        QStringLiteral("Émilie Dubois"), QStringLiteral("Søren Jensen"),
        QStringLiteral("Ana María García") };
    for (int id = 1; id <= 25; ++id) {
        const QString name = names[(id - 1) % names.size()];
        // Row 3's age is no number; row 4 has a bad address; row 5 is inactive; row 6's
        // country is unknown.
        source.append(QStringLiteral("INSERT INTO people VALUES (%1, '%2', '%3', "
                                     "'2024-03-%4 09:30:00', '%5', '%6', NULL, %7)")
                          .arg(id)
                          .arg(name)
                          .arg(id == 4 ? QStringLiteral("not-an-address")
                                       : QStringLiteral("person%1@example.org").arg(id))
                          .arg(id % 28 + 1, 2, 10, QLatin1Char('0'))
                          .arg(id == 3 ? QStringLiteral("thirty") : QString::number(20 + id))
                          .arg(id == 6 ? QStringLiteral("XX")
                                       : QStringList { QStringLiteral("DE"), QStringLiteral("FR"),
                                           QStringLiteral("PL") }[id % 3])
                          .arg(id == 5 ? 0 : 1));
    }
    QString error;
    QVERIFY2(m_sqlite.create(QStringLiteral("crm.sqlite"), source, &error), qPrintable(error));
    QVERIFY2(m_sqlite.create(QStringLiteral("edge.sqlite"),
                 { QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, full_name TEXT NOT "
                                  "NULL, email TEXT, createdAt TIMESTAMP, age INTEGER, "
                                  "country_name TEXT, avatar TEXT, status TEXT NOT NULL DEFAULT "
                                  "'new', region TEXT NOT NULL)") },
                 &error),
        qPrintable(error));
    m_crm = sqliteEndpoint(QStringLiteral("crm"), m_sqlite.filePath(QStringLiteral("crm.sqlite")));
    m_edge
        = sqliteEndpoint(QStringLiteral("edge"), m_sqlite.filePath(QStringLiteral("edge.sqlite")));
    m_source = describe(m_crm, QStringLiteral("people"));
    m_target = describe(m_edge, QStringLiteral("people"));
    QCOMPARE(m_source.columns.size(), 8);
    QCOMPARE(m_target.columns.size(), 9);
}

EntityInfo TestMappingDesigner::describe(const EndpointConfig& endpoint, const QString& entity)
{
    auto connection = ConnectionFactory::open(endpoint, QString());
    if (!connection) {
        qWarning("%s", qPrintable(connection.error().message));
        return {};
    }
    auto info = (*connection)->describe(entity);
    if (!info) {
        qWarning("%s", qPrintable(info.error().message));
        return {};
    }
    return *info;
}

MappingConfig TestMappingDesigner::baseMapping() const
{
    MappingConfig mapping;
    mapping.name = QStringLiteral("people");
    mapping.source = { m_crm.name, QStringLiteral("people") };
    mapping.target = { m_edge.name, QStringLiteral("people") };
    mapping.key = { QStringLiteral("id") };
    mapping.fields = { column(QStringLiteral("id"), QStringLiteral("id")) };
    return mapping;
}

void TestMappingDesigner::load(MappingDesigner& designer, const MappingConfig& mapping)
{
    designer.setEndpoints({ m_crm, m_edge });
    designer.setMapping(mapping, m_source, m_target);
}

void TestMappingDesigner::fieldMatcherNormalizesNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("spaces") << "Full Name"
                            << "fullname";
    QTest::newRow("snake") << "full_name"
                           << "fullname";
    QTest::newRow("camel") << "fullName"
                           << "fullname";
    QTest::newRow("upper") << "EMAIL"
                           << "email";
    QTest::newRow("dashes and digits") << "address-line-2"
                                       << "addressline2";
    QTest::newRow("accents kept") << "Straße"
                                  << "straße";
}

void TestMappingDesigner::fieldMatcherNormalizesNames()
{
    QFETCH(QString, name);
    QFETCH(QString, normalized);
    QCOMPARE(FieldMatcher::normalizedName(name), normalized);
}

void TestMappingDesigner::autoMapMapsTheExpectedPairs()
{
    MappingDesigner designer;
    designer.setPreviewEnabled(false);
    MappingConfig mapping = baseMapping();
    mapping.key.clear();
    load(designer, mapping);
    QSignalSpy changed(&designer, &MappingDesigner::mappingChanged);

    QCOMPARE(designer.autoMap(), 4);
    QCOMPARE(changed.count(), 1);
    const QMap<QString, QString> expected {
        { QStringLiteral("id"), QStringLiteral("id") },
        { QStringLiteral("full_name"), QStringLiteral("Full Name") },
        { QStringLiteral("email"), QStringLiteral("EMAIL") },
        { QStringLiteral("createdAt"), QStringLiteral("created_at") },
        // Text holding numbers may feed an integer field: the preview shows what fails.
        { QStringLiteral("age"), QStringLiteral("age") },
    };
    QCOMPARE(pairs(designer.mapping()), expected);
    // A blob has no text form worth mapping by name; the key is the target's primary key.
    QVERIFY(!designer.document()->field(QStringLiteral("avatar")));
    QCOMPARE(designer.mapping().key, QStringList { QStringLiteral("id") });
    for (const FieldMapping& f : designer.mapping().fields)
        QCOMPARE(f.kind, FieldMapping::Kind::Column);

    // One undo step takes all of it back; a second auto-map finds nothing new.
    designer.undoStack()->undo();
    QCOMPARE(designer.mapping(), mapping);
    designer.undoStack()->redo();
    QCOMPARE(designer.autoMap(), 0);
    QCOMPARE(designer.undoStack()->count(), 1);
}

void TestMappingDesigner::dropOfASourceFieldMapsIt()
{
    MappingDesigner designer;
    designer.setPreviewEnabled(false);
    load(designer, baseMapping());
    designer.resize(1200, 800);
    designer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&designer));

    // What a drag of "EMAIL" out of the source list carries.
    SourceFieldModel* sources = designer.sourceModel();
    const QModelIndex email = sources->index(sources->rowOf(QStringLiteral("EMAIL")), 0);
    std::unique_ptr<QMimeData> data(sources->mimeData({ email }));
    QVERIFY(data);
    QCOMPARE(SourceFieldModel::fieldNames(data.get()), QStringList { QStringLiteral("EMAIL") });
    QCOMPARE(data->text(), QStringLiteral("row.EMAIL"));

    // Dropped on the target row "email", through the view's own drop handling.
    QTreeView* targets = designer.targetView();
    const int row = designer.targetModel()->rowOf(QStringLiteral("email"));
    const QPoint at = targets->visualRect(designer.targetModel()->index(row, 0)).center();
    QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(targets->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(targets->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(targets->viewport(), &drop);
    QVERIFY(drop.isAccepted());

    const FieldMapping* mapped = designer.document()->field(QStringLiteral("email"));
    QVERIFY(mapped);
    QCOMPARE(mapped->kind, FieldMapping::Kind::Column);
    QCOMPARE(mapped->source, QStringLiteral("EMAIL"));
    QCOMPARE(designer.undoStack()->count(), 1);
    QVERIFY(designer.isModified());

    // The curve is drawn and clicking it selects the target field.
    FieldConnectorView* connector = designer.connectorView();
    QCoreApplication::sendPostedEvents();
    QPoint onCurve;
    for (int y = 0; y < connector->height() && onCurve.isNull(); ++y) {
        if (connector->fieldAt(QPoint(connector->width() / 2, y)) == u"email")
            onCurve = QPoint(connector->width() / 2, y);
    }
    QVERIFY2(!onCurve.isNull(), "no curve for email");
    QTest::mouseClick(connector, Qt::LeftButton, Qt::NoModifier, onCurve);
    QCOMPARE(designer.selectedField(), QStringLiteral("email"));
    QCOMPARE(designer.transformEditor()->choice(), TransformEditor::Choice::Column);

    // A drop between rows, or of foreign data, maps nothing.
    QMimeData text;
    text.setText(QStringLiteral("EMAIL"));
    QDropEvent foreign(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(targets->viewport(), &foreign);
    QCOMPARE(designer.undoStack()->count(), 1);
}

void TestMappingDesigner::dragWithQDragMapsAField()
{
    MappingDesigner designer;
    designer.setPreviewEnabled(false);
    load(designer, baseMapping());
    designer.resize(1200, 800);
    designer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&designer));

    // Pressing on "Full Name" and moving past the drag distance starts a QDrag carrying the
    // field (the source list's own startDrag()).
    QTreeView* sources = designer.sourceView();
    QList<QPointer<QObject>> children;
    DragWatcher watcher(&children);
    sources->installEventFilter(&watcher);
    const QPoint from = sources
                            ->visualRect(sources->model()->index(
                                designer.sourceModel()->rowOf(QStringLiteral("Full Name")), 0))
                            .center();
    QTest::mousePress(sources->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(sources->viewport(), from + QPoint(QApplication::startDragDistance() + 5, 0));
    QTest::mouseMove(sources->viewport(), from + QPoint(QApplication::startDragDistance() + 25, 4));
    QDrag* drag = nullptr;
    for (const QPointer<QObject>& child : std::as_const(children)) {
        if (auto* d = qobject_cast<QDrag*>(child.data()))
            drag = d;
    }
    QVERIFY2(drag, "no QDrag started");
    QVERIFY(drag->mimeData());
    QCOMPARE(SourceFieldModel::fieldNames(drag->mimeData()),
        QStringList { QStringLiteral("Full Name") });
    QVERIFY(drag->supportedActions() & Qt::CopyAction);

    // The platform's drag loop then delivers the drop to the target list (offscreen has
    // no drag loop: QDrag::exec() returns at once), as the same events.
    QTreeView* targets = designer.targetView();
    const QPoint to = targets
                          ->visualRect(targets->model()->index(
                              designer.targetModel()->rowOf(QStringLiteral("full_name")), 0))
                          .center();
    QDragEnterEvent enter(to, Qt::CopyAction, drag->mimeData(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(targets->viewport(), &enter);
    QDropEvent drop(to, Qt::CopyAction, drag->mimeData(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(targets->viewport(), &drop);
    const FieldMapping* mapped = designer.document()->field(QStringLiteral("full_name"));
    QVERIFY(mapped);
    QCOMPARE(mapped->source, QStringLiteral("Full Name"));
}

void TestMappingDesigner::undoAndRedoRestoreTheExactMapping()
{
    MappingDesigner designer;
    designer.setPreviewEnabled(false);
    load(designer, baseMapping());
    MappingDocument* document = designer.document();
    QList<MappingConfig> states { designer.mapping() };
    const auto step = [&](const std::function<void()>& edit) {
        edit();
        QVERIFY(designer.mapping() != states.last());
        states.append(designer.mapping());
    };

    step([&] { document->connectField(QStringLiteral("EMAIL"), QStringLiteral("email")); });
    step([&] { designer.autoMap(); });
    step([&] {
        document->setTransform(expression(QStringLiteral("full_name"), QStringLiteral("row")));
    });
    // Keystrokes merge into one step.
    step([&] {
        for (const QString& text : { QStringLiteral("row["), QStringLiteral("row['Full Name']"),
                 QStringLiteral("row['Full Name'].trim()") })
            document->setTransform(expression(QStringLiteral("full_name"), text), true);
    });
    step([&] {
        FieldMapping cast = column(QStringLiteral("age"), QStringLiteral("age"));
        cast.kind = FieldMapping::Kind::Cast;
        cast.type = QStringLiteral("integer");
        document->setTransform(cast);
    });
    step([&] {
        FieldMapping constant;
        constant.target = QStringLiteral("region");
        constant.kind = FieldMapping::Kind::Constant;
        constant.constant = QStringLiteral("EU");
        document->setTransform(constant);
    });
    step([&] {
        FieldMapping lookup = column(QStringLiteral("country_name"), QStringLiteral("country"));
        lookup.kind = FieldMapping::Kind::Lookup;
        lookup.lookup = { QStringLiteral("crm"), QStringLiteral("countries"),
            QStringLiteral("code"), QStringLiteral("name") };
        document->setTransform(lookup);
    });
    step([&] { document->setFilter(QStringLiteral("row.active == 1")); });
    step([&] {
        ValidationRule rule;
        rule.field = QStringLiteral("email");
        rule.required = true;
        document->addRule(rule);
    });
    step([&] {
        ValidationRule rule = document->mapping().rules.first();
        rule.regex = QStringLiteral("^[^@]+@[^@]+$");
        rule.max = 200;
        document->changeRule(0, rule);
    });
    step([&] {
        ValidationRule rule;
        rule.field = QStringLiteral("age");
        rule.min = 18;
        document->addRule(rule);
    });
    step([&] { document->removeRule(0); });
    step([&] { document->setKey({ QStringLiteral("id"), QStringLiteral("email") }); });
    step([&] { document->disconnectField(QStringLiteral("createdAt")); });
    // Re-mapping the middle field of the list keeps its place.
    step([&] { document->connectField(QStringLiteral("Full Name"), QStringLiteral("email")); });
    step([&] { designer.unmapSelectedField(); }); // the key field "id", selected at load

    QUndoStack* stack = designer.undoStack();
    QCOMPARE(stack->count(), int(states.size()) - 1);
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        stack->undo();
        QCOMPARE(designer.mapping(), states[i]);
    }
    QVERIFY(!designer.isModified());
    for (qsizetype i = 1; i < states.size(); ++i) {
        stack->redo();
        QCOMPARE(designer.mapping(), states[i]);
    }
    // What the designer built is a valid config, and survives the JSON round trip.
    const QJsonObject json = ConfigParser::toJson(designer.mapping());
    auto parsed = ConfigParser::parseMapping(json, QStringLiteral("$"));
    QVERIFY2(parsed.ok() || parsed.error().message.contains(u"key field"),
        qPrintable(parsed.error().message));
    stack->setIndex(int(states.size()) - 3); // before unmapping id and re-mapping email
    parsed
        = ConfigParser::parseMapping(ConfigParser::toJson(designer.mapping()), QStringLiteral("$"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(*parsed, designer.mapping());
}

void TestMappingDesigner::designedMappingIsSavedAsIs()
{
    MappingDesigner designer;
    designer.setPreviewEnabled(false);
    load(designer, baseMapping());
    designer.autoMap();
    MappingDocument* document = designer.document();
    document->setTransform(expression(QStringLiteral("region"), QStringLiteral("'EU'")));
    FieldMapping lookup = column(QStringLiteral("country_name"), QStringLiteral("country"));
    lookup.kind = FieldMapping::Kind::Lookup;
    lookup.lookup = { QStringLiteral("crm"), QStringLiteral("countries"), QStringLiteral("code"),
        QStringLiteral("name") };
    document->setTransform(lookup);
    document->setFilter(QStringLiteral("row.active == 1"));
    ValidationRule rule;
    rule.field = QStringLiteral("email");
    rule.required = true;
    rule.regex = QStringLiteral("@");
    rule.references = { QStringLiteral("crm"), QStringLiteral("people"), QStringLiteral("EMAIL") };
    document->addRule(rule);
    QVERIFY(designer.isModified());

    // What the console does on Save: the workspace stores it, and reads back the same mapping.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("workspace.db")));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
    ConfigRepository repository(**workspace);
    WorkspaceConfig endpoints;
    endpoints.endpoints = { m_crm, m_edge };
    QVERIFY(repository.import(endpoints, QStringLiteral("tst")).ok());
    const Status saved = repository.saveMapping(designer.mapping(), QStringLiteral("tst"));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    designer.setModified(false);
    QVERIFY(!designer.isModified());
    const auto loaded = repository.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QVERIFY(loaded->mapping(QStringLiteral("people")));
    QCOMPARE(*loaded->mapping(QStringLiteral("people")), designer.mapping());
}

void TestMappingDesigner::unmappedRequiredFieldsAreFlagged()
{
    MappingDesigner designer;
    designer.setPreviewEnabled(false);
    load(designer, baseMapping());
    TargetFieldModel* model = designer.targetModel();
    const auto flagged = [&](const QString& field) {
        return model->index(model->rowOf(field), TargetFieldModel::NameColumn)
            .data(TargetFieldModel::UnmappedRequiredRole)
            .toBool();
    };
    const auto required = [&](const QString& field) {
        return model->index(model->rowOf(field), TargetFieldModel::NameColumn)
            .data(TargetFieldModel::RequiredRole)
            .toBool();
    };
    // NOT NULL without default: required. With a default, or the rowid: not.
    QVERIFY(required(QStringLiteral("full_name")));
    QVERIFY(required(QStringLiteral("region")));
    QVERIFY(!required(QStringLiteral("status")));
    QVERIFY(!required(QStringLiteral("id")));
    QVERIFY(!required(QStringLiteral("email")));
    QVERIFY(flagged(QStringLiteral("full_name")));
    const QModelIndex name
        = model->index(model->rowOf(QStringLiteral("full_name")), TargetFieldModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("full_name *"));
    QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not mapped")));
    QCOMPARE(designer.document()->unmappedRequiredFields(),
        QStringList({ QStringLiteral("full_name"), QStringLiteral("region") }));

    designer.document()->connectField(QStringLiteral("Full Name"), QStringLiteral("full_name"));
    QVERIFY(!flagged(QStringLiteral("full_name")));
    QVERIFY(name.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(
        designer.document()->unmappedRequiredFields(), QStringList { QStringLiteral("region") });
    designer.undoStack()->undo();
    QVERIFY(flagged(QStringLiteral("full_name")));
}

void TestMappingDesigner::badExpressionMarksThePreviewCell()
{
    MappingDesigner designer;
    designer.setPreviewDelay(50);
    QSignalSpy updated(&designer, &MappingDesigner::previewUpdated);
    MappingConfig mapping = baseMapping();
    mapping.fields.append(column(QStringLiteral("full_name"), QStringLiteral("Full Name")));
    load(designer, mapping);
    designer.resize(1200, 800);
    designer.show();
    PreviewModel* preview = designer.previewModel();
    QAbstractItemModelTester tester(
        preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(preview->rowCount(), 20, s_previewTimeoutMs);
    QVERIFY(designer.previewError().isEmpty());
    const int column = preview->columnOf(QStringLiteral("full_name"));
    QVERIFY(column > 0);
    QCOMPARE(preview->index(0, column).data().toString(), QStringLiteral("Zoë Müller"));
    QCOMPARE(preview->index(0, 0).data().toString(), QStringLiteral("id=1"));

    // Typed into the transform editor: a JavaScript expression that throws on every row.
    designer.selectField(QStringLiteral("full_name"));
    TransformEditor* editor = designer.transformEditor();
    editor->choose(TransformEditor::Choice::Expression);
    QCOMPARE(editor->expressionEditor()->toPlainText(), QStringLiteral("row[\"Full Name\"]"));
    editor->expressionEditor()->selectAll();
    QTest::keyClicks(editor->expressionEditor(), QStringLiteral("row.nope.x"));
    QCOMPARE(designer.document()->field(QStringLiteral("full_name"))->expression,
        QStringLiteral("row.nope.x"));
    // Two undo steps: the kind change, then the typing.
    QCOMPARE(designer.undoStack()->count(), 2);

    const QModelIndex cell = preview->index(0, column);
    QTRY_COMPARE_WITH_TIMEOUT(cell.data(PreviewModel::StatusRole).toInt(),
        int(PreviewCell::Status::ExpressionFailed), s_previewTimeoutMs);
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("TypeError")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("full_name")), qPrintable(tip));
    QVERIFY(cell.data(Qt::BackgroundRole).value<QBrush>().color().red() > 200);
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    // The id column is unaffected.
    const QModelIndex id = preview->index(0, preview->columnOf(QStringLiteral("id")));
    QCOMPARE(id.data(PreviewModel::StatusRole).toInt(), int(PreviewCell::Status::Ok));
    QCOMPARE(id.data().toString(), QStringLiteral("1"));

    QTRY_VERIFY_WITH_TIMEOUT(!designer.isPreviewRunning(), s_previewTimeoutMs);
    saveScreenshot(designer, QStringLiteral("mappingdesigner-error.png"));

    // Undo, pressed in the editor, undoes the mapping's last edit (the typing) and brings the
    // good value back.
    QTest::keySequence(editor->expressionEditor(), QKeySequence::Undo);
    QCOMPARE(designer.undoStack()->index(), 1);
    QCOMPARE(editor->expressionEditor()->toPlainText(), QStringLiteral("row[\"Full Name\"]"));
    QTRY_COMPARE_WITH_TIMEOUT(preview->index(0, column).data(PreviewModel::StatusRole).toInt(),
        int(PreviewCell::Status::Ok), s_previewTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!designer.isPreviewRunning(), s_previewTimeoutMs);
}

void TestMappingDesigner::previewReportsConversionsRulesFiltersAndLookups()
{
    MappingConfig mapping = baseMapping();
    mapping.fields.append(column(QStringLiteral("full_name"), QStringLiteral("Full Name")));
    mapping.fields.append(column(QStringLiteral("email"), QStringLiteral("EMAIL")));
    mapping.fields.append(column(QStringLiteral("age"), QStringLiteral("age")));
    mapping.fields.append(column(QStringLiteral("createdAt"), QStringLiteral("created_at")));
    FieldMapping lookup = column(QStringLiteral("country_name"), QStringLiteral("country"));
    lookup.kind = FieldMapping::Kind::Lookup;
    lookup.lookup = { QStringLiteral("crm"), QStringLiteral("countries"), QStringLiteral("code"),
        QStringLiteral("name") };
    mapping.fields.append(lookup);
    mapping.fields.append(expression(QStringLiteral("region"), QStringLiteral("'EU'")));
    mapping.filter = QStringLiteral("row.active == 1");
    ValidationRule email;
    email.field = QStringLiteral("email");
    email.required = true;
    email.regex = QStringLiteral("^[^@\\s]+@[^@\\s]+$");
    ValidationRule age;
    age.field = QStringLiteral("age");
    age.min = 22;
    ValidationRule country;
    country.field = QStringLiteral("full_name");
    country.references
        = { QStringLiteral("crm"), QStringLiteral("people"), QStringLiteral("Full Name") };
    mapping.rules = { email, age, country };

    MappingPreview preview({ m_crm, m_edge });
    auto result = preview.run(mapping);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->rows.size(), 20);
    QCOMPARE(result->sourceTable, QStringLiteral("crm.people"));
    // Target table order, whatever the mapping's order.
    QCOMPARE(result->fields,
        QStringList({ QStringLiteral("id"), QStringLiteral("full_name"), QStringLiteral("email"),
            QStringLiteral("createdAt"), QStringLiteral("age"), QStringLiteral("country_name"),
            QStringLiteral("region") }));
    const auto cell = [&](int id, const QString& field) {
        return result->rows[id - 1].cells[result->fields.indexOf(field)];
    };
    using S = PreviewCell::Status;
    QCOMPARE(cell(1, QStringLiteral("age")).status, S::RuleViolated); // 21 < 22
    QVERIFY(cell(1, QStringLiteral("age")).error.contains(QStringLiteral("minimum 22")));
    QCOMPARE(cell(2, QStringLiteral("age")).status, S::Ok);
    QCOMPARE(cell(2, QStringLiteral("age")).value, QVariant(qlonglong(22)));
    QCOMPARE(cell(3, QStringLiteral("age")).status, S::ConversionFailed);
    QVERIFY2(cell(3, QStringLiteral("age")).error.contains(QStringLiteral("thirty")),
        qPrintable(cell(3, QStringLiteral("age")).error));
    QCOMPARE(cell(4, QStringLiteral("email")).status, S::RuleViolated);
    QVERIFY(cell(4, QStringLiteral("email")).error.contains(QStringLiteral("does not match")));
    QCOMPARE(cell(4, QStringLiteral("email")).text, QStringLiteral("not-an-address"));
    QVERIFY(result->rows[4].filteredOut);
    QCOMPARE(cell(5, QStringLiteral("email")).status, S::FilteredOut);
    QCOMPARE(cell(1, QStringLiteral("country_name")).text, QStringLiteral("France"));
    QCOMPARE(cell(2, QStringLiteral("country_name")).text, QStringLiteral("Poland"));
    QCOMPARE(cell(6, QStringLiteral("country_name")).status, S::LookupFailed);
    QVERIFY(cell(6, QStringLiteral("country_name")).error.contains(QStringLiteral("'XX'")));
    QCOMPARE(cell(1, QStringLiteral("createdAt")).text, QStringLiteral("2024-03-02 09:30:00"));
    QCOMPARE(cell(7, QStringLiteral("region")).text, QStringLiteral("EU"));
    QCOMPARE(cell(7, QStringLiteral("full_name")).status, S::Ok); // exists in people
    QCOMPARE(result->filteredRows(), 1);
    QCOMPARE(result->failedCells(), 2 /* age 1, 3 */ + 1 /* email 4 */ + 1 /* country 6 */);
    // Runs resolve lookups too: nothing for the preview to warn about.
    QVERIFY2(!result->problems.join(u'\n').contains(QStringLiteral("lookup")),
        qPrintable(result->problems.join(u'\n')));

    // A field that cannot be mapped fails its column only; a missing table fails it all.
    mapping.fields.append(column(QStringLiteral("avatar"), QStringLiteral("no_such_column")));
    result = preview.run(mapping);
    QVERIFY(result.ok());
    QCOMPARE(cell(1, QStringLiteral("avatar")).status, S::Invalid);
    QVERIFY(result->fieldErrors[result->fields.indexOf(QStringLiteral("avatar"))].contains(
        QStringLiteral("no_such_column")));
    QCOMPARE(cell(2, QStringLiteral("age")).status, S::Ok);
    mapping.source.entity = QStringLiteral("nobody");
    result = preview.run(mapping);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("nobody")));
}

void TestMappingDesigner::highlighterMarksUnknownRowFields()
{
    QPlainTextEdit edit;
    auto* highlighter = new JavaScriptHighlighter(edit.document());
    highlighter->setKnownFields({ QStringLiteral("first"), QStringLiteral("Full Name") });
    edit.setPlainText(
        QStringLiteral("row.first + row.nope + row[\"Full Name\"] + 'row.x' + 42 // c"));
    const QString text = edit.toPlainText();
    const QList<QTextLayout::FormatRange> formats
        = edit.document()->firstBlock().layout()->formats();
    const auto formatAt = [&](const QString& token) {
        const int at = int(text.indexOf(token));
        for (const auto& range : formats) {
            if (at >= range.start && at < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    };
    using T = JavaScriptHighlighter::Token;
    QCOMPARE(formatAt(QStringLiteral("row.first")), highlighter->format(T::RowReference));
    QCOMPARE(formatAt(QStringLiteral("row.nope")), highlighter->format(T::UnknownReference));
    QCOMPARE(formatAt(QStringLiteral("row[")), highlighter->format(T::RowReference));
    QCOMPARE(formatAt(QStringLiteral("'row.x'")), highlighter->format(T::String));
    QCOMPARE(formatAt(QStringLiteral("42")), highlighter->format(T::Number));
    QCOMPARE(formatAt(QStringLiteral("// c")), highlighter->format(T::Comment));
    edit.setPlainText(QStringLiteral("if (row.first) { return null; }"));
    const QList<QTextLayout::FormatRange> again = edit.document()->firstBlock().layout()->formats();
    QVERIFY(std::any_of(again.begin(), again.end(), [&](const QTextLayout::FormatRange& range) {
        return range.start == 0 && range.format == highlighter->format(T::Keyword);
    }));
}

void TestMappingDesigner::modelsPassTheModelTester()
{
    MappingDesigner designer;
    designer.setPreviewDelay(10);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester sources(designer.sourceModel(), mode);
    QAbstractItemModelTester targets(designer.targetModel(), mode);
    QAbstractItemModelTester rules(designer.ruleEditor()->model(), mode);
    QAbstractItemModelTester preview(designer.previewModel(), mode);
    load(designer, baseMapping());
    QTRY_COMPARE_WITH_TIMEOUT(designer.previewModel()->rowCount(), 20, s_previewTimeoutMs);

    MappingDocument* document = designer.document();
    designer.autoMap();
    designer.ruleEditor()->addRule(QStringLiteral("email"));
    designer.ruleEditor()->addRule(QStringLiteral("age"));
    QCOMPARE(designer.ruleEditor()->model()->rowCount(), 2);
    QCOMPARE(designer.ruleEditor()->currentRule(), 1);
    document->removeRule(0);
    designer.undoStack()->undo(); // the rule comes back in its place
    QCOMPARE(document->mapping().rules.first().field, QStringLiteral("email"));
    // Checking Key in the target list changes the key.
    TargetFieldModel* model = designer.targetModel();
    QVERIFY(model->setData(
        model->index(model->rowOf(QStringLiteral("email")), TargetFieldModel::KeyColumn),
        Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(
        document->mapping().key, QStringList({ QStringLiteral("id"), QStringLiteral("email") }));
    QTRY_VERIFY_WITH_TIMEOUT(
        designer.previewModel()->columnCount() == 6 && !designer.isPreviewRunning(),
        s_previewTimeoutMs);
    // A new mapping resets every model.
    MappingConfig other = baseMapping();
    other.fields.clear(); // the same-name pairs, made explicit
    load(designer, other);
    QCOMPARE(pairs(designer.mapping()),
        (QMap<QString, QString> { { QStringLiteral("id"), QStringLiteral("id") },
            { QStringLiteral("email"), QStringLiteral("EMAIL") },
            { QStringLiteral("age"), QStringLiteral("age") },
            { QStringLiteral("avatar"), QStringLiteral("avatar") } }));
    QCOMPARE(designer.ruleEditor()->model()->rowCount(), 0);
    QVERIFY(!designer.isModified());
    QTRY_VERIFY_WITH_TIMEOUT(!designer.isPreviewRunning(), s_previewTimeoutMs);
}

void TestMappingDesigner::screenshot()
{
    // The demo workspace: realistic customers, the demo's own mapping.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString location = dir.filePath(QStringLiteral("workspace.db"));
    auto created = DemoWorkspace::create(location, dir.filePath(QStringLiteral("demo")));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    WorkspaceConfig config;
    {
        auto workspace = Workspace::open(location);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
        auto loaded = ConfigRepository(**workspace).load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        config = *loaded;
    }
    MappingConfig mapping = *config.mapping(QStringLiteral("customers"));
    // What an admin might be in the middle of: a rule that catches hand-typed addresses and a
    // filter that skips closed accounts.
    ValidationRule lowerCase;
    lowerCase.field = QStringLiteral("email");
    lowerCase.required = true;
    lowerCase.regex = QStringLiteral("^[a-z0-9.+-]+@[a-z0-9.-]+$");
    ValidationRule noDebt;
    noDebt.field = QStringLiteral("balance");
    noDebt.min = 0;
    mapping.rules = { lowerCase, noDebt };
    mapping.filter = QStringLiteral("row.status != 'closed'");
    mapping.fields.removeIf([](const FieldMapping& f) { return f.target == u"status"; });

    const EntityInfo source
        = describe(*config.endpoint(mapping.source.endpoint), mapping.source.entity);
    const EntityInfo target
        = describe(*config.endpoint(mapping.target.endpoint), mapping.target.entity);
    MappingDesigner designer;
    designer.setPreviewDelay(10);
    designer.setEndpoints(config.endpoints);
    designer.setMapping(mapping, source, target);
    designer.resize(1360, 860);
    designer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&designer));
    designer.selectField(QStringLiteral("full_name"));
    QTRY_COMPARE_WITH_TIMEOUT(designer.previewModel()->rowCount(), 20, s_previewTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!designer.isPreviewRunning(), s_previewTimeoutMs);

    saveScreenshot(designer, QStringLiteral("mappingdesigner.png"));

    // The other tabs, with the rule selected and a lookup in the side panel.
    auto* tabs = designer.findChild<QTabWidget*>(QStringLiteral("bottomTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(2);
    designer.ruleEditor()->setCurrentRule(0);
    FieldMapping lookup;
    lookup.target = QStringLiteral("country");
    lookup.source = QStringLiteral("country");
    lookup.kind = FieldMapping::Kind::Lookup;
    lookup.lookup = { QStringLiteral("crm"), QStringLiteral("countries"), QStringLiteral("code"),
        QStringLiteral("name") };
    designer.document()->setTransform(lookup);
    designer.selectField(QStringLiteral("country"));
    saveScreenshot(designer, QStringLiteral("mappingdesigner-rules.png"));
    tabs->setCurrentIndex(1);
    saveScreenshot(designer, QStringLiteral("mappingdesigner-filter.png"));
    QTRY_VERIFY_WITH_TIMEOUT(!designer.isPreviewRunning(), s_previewTimeoutMs);
}

void TestMappingDesigner::saveScreenshot(QWidget& widget, const QString& fileName)
{
    // ctest sets SYNCLINE_BINARY_DIR; run by hand, the screenshots land in the working dir.
    const QString binaryDir = qEnvironmentVariable("SYNCLINE_BINARY_DIR", QDir::currentPath());
    const QString dir = binaryDir + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QLatin1Char('/') + fileName;
    QCoreApplication::sendPostedEvents(); // pending layouts, as before a paint
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestMappingDesigner)
#include "tst_mappingdesigner.moc"
