// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditview.h"

#include "auditmodel.h"
#include "ui_auditview.h"
#include "widgets/runtext.h"
#include "widgets/tablelook.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace Syncline {

namespace {

const auto s_splitterKey = QStringLiteral("splitter");
const auto s_headerKey = QStringLiteral("auditHeader");

} // namespace

AuditView::AuditView(QWidget* parent)
    : ConsoleView(parent)
    , m_ui(std::make_unique<Ui::AuditView>())
    , m_audit(new AuditModel(this))
    , m_actionFilter(new QSortFilterProxyModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_actionFilter->setSourceModel(m_audit);
    m_actionFilter->setFilterKeyColumn(AuditModel::Action);
    m_filter->setSourceModel(m_actionFilter);
    m_filter->setFilterRole(AuditModel::SearchTextRole);
    m_filter->setFilterKeyColumn(0);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->auditTable->setModel(m_filter);
    TableLook::setUp(m_ui->auditTable);
    m_ui->detailView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->detailView->setPlaceholderText(tr("Select an entry to see its detail."));
    m_ui->auditEmptyState->setTitle(tr("No audit entries yet."));
    m_ui->auditEmptyState->setText(
        tr("Every change to the workspace's endpoints, mappings and jobs is recorded here: who "
           "made it, when, and the values before and after."));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 480, 180 });

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &AuditView::setFilterText);
    updateActionCombo();
    connect(m_ui->actionCombo, &QComboBox::currentIndexChanged, this,
        [this] { setActionFilter(m_ui->actionCombo->currentData().toString()); });
    connect(m_ui->auditTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AuditView::onSelectionChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AuditView::onSelectionChanged);
    updateCount();
}

AuditView::~AuditView() = default;

void AuditView::showSnapshot(const WorkspaceSnapshot& snapshot)
{
    if (!snapshot.ok())
        return;
    m_loaded = true;
    m_audit->setEntries(snapshot.audit);
    updateActionCombo();
    if (!m_columnsFitted && m_audit->rowCount() > 0) {
        TableLook::fitColumns(m_ui->auditTable, 300);
        m_columnsFitted = true;
    }
    m_ui->auditStack->setCurrentWidget(
        m_audit->rowCount() == 0 ? static_cast<QWidget*>(m_ui->auditEmptyState) : m_ui->auditTable);
    if (m_ui->auditTable->selectionModel()->selectedRows().isEmpty() && m_filter->rowCount() > 0)
        m_ui->auditTable->selectRow(0);
    updateCount();
}

void AuditView::setFilterText(const QString& text)
{
    if (m_ui->filterEdit->text() != text)
        m_ui->filterEdit->setText(text);
    m_filter->setFilterFixedString(text.trimmed());
    updateCount();
}

void AuditView::setActionFilter(const QString& action)
{
    const int index = m_ui->actionCombo->findData(action);
    if (index >= 0 && index != m_ui->actionCombo->currentIndex())
        m_ui->actionCombo->setCurrentIndex(index);
    m_actionFilter->setFilterRegularExpression(action.isEmpty()
            ? QRegularExpression()
            : QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(action))));
    updateCount();
}

// "All actions", conflict resolutions always (the review's audit trail), then every action the
// loaded entries have.
void AuditView::updateActionCombo()
{
    const QString current = m_ui->actionCombo->currentData().toString();
    QStringList actions { QStringLiteral("conflict.resolve") };
    for (int row = 0; row < m_audit->rowCount(); ++row) {
        if (const AuditEntry* entry = m_audit->entry(row);
            entry && !actions.contains(entry->action))
            actions.append(entry->action);
    }
    std::sort(actions.begin() + 1, actions.end());
    const QSignalBlocker blocker(m_ui->actionCombo);
    m_ui->actionCombo->clear();
    m_ui->actionCombo->addItem(tr("All actions"), QString());
    m_ui->actionCombo->addItem(tr("Conflict resolutions"), QStringLiteral("conflict.resolve"));
    for (const QString& action : std::as_const(actions).mid(1))
        m_ui->actionCombo->addItem(action, action);
    m_ui->actionCombo->setCurrentIndex(qMax(0, m_ui->actionCombo->findData(current)));
}

void AuditView::onSelectionChanged()
{
    const QModelIndexList rows = m_ui->auditTable->selectionModel()->selectedRows();
    const AuditEntry* entry = rows.isEmpty()
        ? nullptr
        : m_audit->entry(m_actionFilter->mapToSource(m_filter->mapToSource(rows.first())).row());
    if (!entry) {
        m_ui->detailView->clear();
        return;
    }
    //: time, actor, action, object: the heading of an audit entry's detail
    const QString heading
        = tr("%1  %2  %3  %4")
              .arg(RunText::timestamp(entry->at), entry->actor, entry->action, entry->object);
    m_ui->detailView->setPlainText(heading + u'\n'
        + QString::fromUtf8(QJsonDocument(entry->detail).toJson(QJsonDocument::Indented)));
}

void AuditView::updateCount()
{
    if (m_filter->rowCount() == m_audit->rowCount())
        m_ui->countLabel->setText(m_audit->rowCount() == 1
                ? tr("1 entry")
                : tr("%1 entries").arg(RunText::count(m_audit->rowCount())));
    else
        //: entries shown, entries loaded
        m_ui->countLabel->setText(
            tr("%1 of %2 entries")
                .arg(RunText::count(m_filter->rowCount()), RunText::count(m_audit->rowCount())));
}

void AuditView::saveState(QSettings& settings) const
{
    settings.setValue(s_splitterKey, m_ui->splitter->saveState());
    if (m_columnsFitted)
        settings.setValue(s_headerKey, m_ui->auditTable->horizontalHeader()->saveState());
}

void AuditView::restoreState(QSettings& settings)
{
    m_ui->splitter->restoreState(settings.value(s_splitterKey).toByteArray());
    m_columnsFitted = m_ui->auditTable->horizontalHeader()->restoreState(
        settings.value(s_headerKey).toByteArray());
}

} // namespace Syncline
