// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobeditor.h"

#include "core/configparser.h"
#include "ui_jobeditor.h"

#include <QJsonObject>

namespace Syncline {

namespace {

void selectData(QComboBox* combo, const QString& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void setSuggestions(QComboBox* combo, const QStringList& items)
{
    const QString text = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(items);
    combo->setCurrentText(text);
}

} // namespace

JobEditor::JobEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JobEditor>())
{
    m_ui->setupUi(this);
    m_nameToolTip = m_ui->nameEdit->toolTip();
    using D = JobConfig::Direction;
    using M = JobConfig::Mode;
    using C = JobConfig::Detect;
    using X = JobConfig::Deletes;
    m_ui->directionCombo->addItem(tr("Push: source → target"), ConfigParser::toString(D::Push));
    m_ui->directionCombo->addItem(tr("Pull: target → source"), ConfigParser::toString(D::Pull));
    m_ui->directionCombo->addItem(tr("Two-way"), ConfigParser::toString(D::TwoWay));
    m_ui->modeCombo->addItem(tr("Incremental: compare the source with what was last synced"),
        ConfigParser::toString(M::Incremental));
    m_ui->modeCombo->addItem(
        tr("Full: compare the source with the target"), ConfigParser::toString(M::Full));
    m_ui->detectCombo->addItem(tr("Row hash"), ConfigParser::toString(C::Hash));
    m_ui->detectCombo->addItem(tr("Timestamp column"), ConfigParser::toString(C::Timestamp));
    m_ui->detectCombo->addItem(tr("Version column"), ConfigParser::toString(C::Version));
    m_ui->detectCombo->addItem(tr("Change-log triggers"), ConfigParser::toString(C::Changelog));
    m_ui->conflictsCombo->addItem(tr("Source wins"), QStringLiteral("source-wins"));
    m_ui->conflictsCombo->addItem(tr("Target wins"), QStringLiteral("target-wins"));
    m_ui->conflictsCombo->addItem(tr("Newest wins"), QStringLiteral("newest-wins"));
    m_ui->conflictsCombo->addItem(tr("First wins"), QStringLiteral("first-wins"));
    m_ui->conflictsCombo->addItem(tr("Manual (conflict queue)"), QStringLiteral("manual"));
    m_ui->conflictsCombo->addItem(tr("Rule (JavaScript)"), QStringLiteral("rule"));
    m_ui->tieCombo->addItem(tr("source wins"), QStringLiteral("source"));
    m_ui->tieCombo->addItem(tr("target wins"), QStringLiteral("target"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_ui->ruleEdit->setFont(mono);
    m_ui->ruleEdit->setPlaceholderText(
        QStringLiteral("(base, source, target, conflict) => source.updated_at > target.updated_at "
                       "? 'source' : 'target'"));
    m_ui->deletesCombo->addItem(tr("Propagate"), ConfigParser::toString(X::Propagate));
    m_ui->deletesCombo->addItem(tr("Ignore"), ConfigParser::toString(X::Ignore));
    m_ui->deletesCombo->addItem(tr("Soft delete"), ConfigParser::toString(X::SoftDelete));

    QPalette hintPalette = m_ui->hintLabel->palette();
    hintPalette.setColor(
        QPalette::WindowText, hintPalette.color(QPalette::Disabled, QPalette::WindowText));
    m_ui->hintLabel->setPalette(hintPalette);
    m_ui->mappingSummary->setPalette(hintPalette);

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &JobEditor::onEdited);
    for (QComboBox* combo : { m_ui->directionCombo, m_ui->modeCombo, m_ui->detectCombo,
             m_ui->conflictsCombo, m_ui->deletesCombo, m_ui->tieCombo }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateDependentFields();
            onEdited();
        });
    }
    connect(m_ui->mappingCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateMappingSummary();
        onEdited();
        if (!m_loading)
            emit mappingChanged(mapping());
    });
    for (QComboBox* combo :
        { m_ui->changeColumnCombo, m_ui->softDeleteCombo, m_ui->newestFieldCombo })
        connect(combo, &QComboBox::currentTextChanged, this, &JobEditor::onEdited);
    connect(m_ui->ruleEdit, &QPlainTextEdit::textChanged, this, &JobEditor::onEdited);
    connect(m_ui->batchSpin, &QSpinBox::valueChanged, this, &JobEditor::onEdited);

    m_ui->scheduleCombo->addItem(tr("On demand"), QStringLiteral("demand"));
    m_ui->scheduleCombo->addItem(tr("Every"), QStringLiteral("every"));
    m_ui->scheduleCombo->addItem(tr("Cron"), QStringLiteral("cron"));
    m_ui->missedCombo->addItem(
        tr("Run once at start"), ScheduleConfig::toString(ScheduleConfig::Missed::RunOnce));
    m_ui->missedCombo->addItem(
        tr("Skip them"), ScheduleConfig::toString(ScheduleConfig::Missed::Skip));
    for (QComboBox* combo : { m_ui->scheduleCombo, m_ui->missedCombo }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateScheduleFields();
            onEdited();
        });
    }
    for (QLineEdit* edit : { m_ui->everyEdit, m_ui->cronEdit, m_ui->windowEdit, m_ui->retryBaseEdit,
             m_ui->retryMaxDelayEdit })
        connect(edit, &QLineEdit::textEdited, this, &JobEditor::onEdited);
    connect(m_ui->retrySpin, &QSpinBox::valueChanged, this, &JobEditor::onEdited);

    JobConfig blank;
    setJob(blank, true);
}

JobEditor::~JobEditor() = default;

void JobEditor::setMappings(const QList<MappingConfig>& mappings)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_mappings = mappings;
    const QString current = mapping();
    m_ui->mappingCombo->clear();
    for (const MappingConfig& m : mappings)
        m_ui->mappingCombo->addItem(m.name, m.name);
    if (!current.isEmpty() && m_ui->mappingCombo->findData(current) < 0)
        m_ui->mappingCombo->addItem(tr("%1 (missing)").arg(current), current);
    selectData(m_ui->mappingCombo, current);
    updateMappingSummary();
    m_loading = wasLoading;
}

void JobEditor::setJob(const JobConfig& job, bool isNew)
{
    m_loading = true;
    m_original = job;
    m_isNew = isNew;
    m_ui->nameEdit->setText(job.name);
    m_ui->nameEdit->setReadOnly(!isNew);
    m_ui->nameEdit->setToolTip(isNew
            ? m_nameToolTip
            : tr("A saved job keeps its name; clone it to make one under another name."));
    if (!job.mapping.isEmpty() && m_ui->mappingCombo->findData(job.mapping) < 0)
        m_ui->mappingCombo->addItem(tr("%1 (missing)").arg(job.mapping), job.mapping);
    selectData(m_ui->mappingCombo, job.mapping);
    selectData(m_ui->directionCombo, ConfigParser::toString(job.direction));
    selectData(m_ui->modeCombo, ConfigParser::toString(job.mode));
    selectData(m_ui->detectCombo, ConfigParser::toString(job.detect));
    selectData(m_ui->conflictsCombo, job.conflicts);
    selectData(m_ui->deletesCombo, ConfigParser::toString(job.deletes));
    m_ui->changeColumnCombo->setCurrentText(job.changeColumn);
    m_ui->softDeleteCombo->setCurrentText(job.softDeleteColumn);
    m_ui->newestFieldCombo->setCurrentText(job.newestField);
    selectData(m_ui->tieCombo, job.tieWinner);
    m_ui->ruleEdit->setPlainText(job.rule);
    m_ui->batchSpin->setValue(job.batch);
    const ScheduleConfig& schedule = job.schedule;
    selectData(m_ui->scheduleCombo,
        schedule.everyMs > 0           ? QStringLiteral("every")
            : !schedule.cron.isEmpty() ? QStringLiteral("cron")
                                       : QStringLiteral("demand"));
    m_ui->everyEdit->setText(
        schedule.everyMs > 0 ? ScheduleConfig::formatDuration(schedule.everyMs) : QString());
    m_ui->cronEdit->setText(schedule.cron);
    m_ui->windowEdit->setText(schedule.window);
    selectData(m_ui->missedCombo, ScheduleConfig::toString(schedule.missed));
    m_ui->retrySpin->setValue(schedule.retryMax);
    m_ui->retryBaseEdit->setText(ScheduleConfig::formatDuration(schedule.retryBaseMs));
    m_ui->retryMaxDelayEdit->setText(ScheduleConfig::formatDuration(schedule.retryMaxDelayMs));
    updateMappingSummary();
    updateDependentFields();
    updateScheduleFields();
    m_loading = false;
}

QString JobEditor::mapping() const
{
    return m_ui->mappingCombo->currentData().toString();
}

JobConfig JobEditor::job() const
{
    JobConfig job = m_original;
    job.name = m_ui->nameEdit->text().trimmed();
    job.mapping = mapping();
    const auto choice = [](QComboBox* combo) { return combo->currentData().toString(); };
    for (auto d :
        { JobConfig::Direction::Push, JobConfig::Direction::Pull, JobConfig::Direction::TwoWay }) {
        if (ConfigParser::toString(d) == choice(m_ui->directionCombo))
            job.direction = d;
    }
    for (auto m : { JobConfig::Mode::Full, JobConfig::Mode::Incremental }) {
        if (ConfigParser::toString(m) == choice(m_ui->modeCombo))
            job.mode = m;
    }
    for (auto c : { JobConfig::Detect::Hash, JobConfig::Detect::Timestamp,
             JobConfig::Detect::Version, JobConfig::Detect::Changelog }) {
        if (ConfigParser::toString(c) == choice(m_ui->detectCombo))
            job.detect = c;
    }
    for (auto x : { JobConfig::Deletes::Propagate, JobConfig::Deletes::Ignore,
             JobConfig::Deletes::SoftDelete }) {
        if (ConfigParser::toString(x) == choice(m_ui->deletesCombo))
            job.deletes = x;
    }
    job.conflicts = choice(m_ui->conflictsCombo);
    const bool byTime = job.conflicts == u"newest-wins" || job.conflicts == u"first-wins";
    job.newestField = byTime ? m_ui->newestFieldCombo->currentText().trimmed() : QString();
    job.tieWinner = byTime ? choice(m_ui->tieCombo) : QStringLiteral("source");
    job.rule = job.conflicts == u"rule" ? m_ui->ruleEdit->toPlainText().trimmed() : QString();
    const bool watermarked
        = job.detect == JobConfig::Detect::Timestamp || job.detect == JobConfig::Detect::Version;
    job.changeColumn = watermarked ? m_ui->changeColumnCombo->currentText().trimmed() : QString();
    job.softDeleteColumn = job.deletes == JobConfig::Deletes::SoftDelete
        ? m_ui->softDeleteCombo->currentText().trimmed()
        : QString();
    job.batch = m_ui->batchSpin->value();
    if (auto schedule = scheduleFromForm())
        job.schedule = *schedule;
    return job;
}

Result<ScheduleConfig> JobEditor::scheduleFromForm() const
{
    // Through the config parser, so that the form accepts exactly what the file does.
    ScheduleConfig defaults;
    QJsonObject object;
    const QString kind = m_ui->scheduleCombo->currentData().toString();
    if (kind == u"every")
        object.insert(QStringLiteral("every"), m_ui->everyEdit->text().trimmed());
    else if (kind == u"cron")
        object.insert(QStringLiteral("cron"), m_ui->cronEdit->text().trimmed());
    if (kind != u"demand") {
        if (!m_ui->windowEdit->text().trimmed().isEmpty())
            object.insert(QStringLiteral("window"), m_ui->windowEdit->text().trimmed());
        if (!m_original.schedule.timeZone.isEmpty())
            object.insert(QStringLiteral("timezone"), m_original.schedule.timeZone);
    }
    object.insert(QStringLiteral("missed"), m_ui->missedCombo->currentData().toString());
    QJsonObject retry { { QStringLiteral("max"), m_ui->retrySpin->value() } };
    const QString base = m_ui->retryBaseEdit->text().trimmed();
    const QString maxDelay = m_ui->retryMaxDelayEdit->text().trimmed();
    retry.insert(QStringLiteral("base"),
        base.isEmpty() ? ScheduleConfig::formatDuration(defaults.retryBaseMs) : base);
    retry.insert(QStringLiteral("max_delay"),
        maxDelay.isEmpty() ? ScheduleConfig::formatDuration(defaults.retryMaxDelayMs) : maxDelay);
    object.insert(QStringLiteral("retry"), retry);
    return ConfigParser::parseSchedule(object, QStringLiteral("schedule"));
}

void JobEditor::updateScheduleFields()
{
    const QString kind = m_ui->scheduleCombo->currentData().toString();
    m_ui->everyEdit->setVisible(kind == u"every");
    m_ui->cronEdit->setVisible(kind == u"cron");
    const bool scheduled = kind != u"demand";
    for (QWidget* w :
        std::initializer_list<QWidget*> { m_ui->windowLabel, m_ui->windowEdit, m_ui->missedLabel,
            m_ui->missedCombo, m_ui->retryLabel, m_ui->retrySpin, m_ui->retryBaseLabel,
            m_ui->retryBaseEdit, m_ui->retryMaxDelayLabel, m_ui->retryMaxDelayEdit })
        w->setEnabled(scheduled);
}

QString JobEditor::problem() const
{
    const JobConfig j = job();
    if (j.name.isEmpty())
        return tr("Give the job a name.");
    if (j.mapping.isEmpty())
        return tr("Choose the mapping the job runs.");
    if ((j.detect == JobConfig::Detect::Timestamp || j.detect == JobConfig::Detect::Version)
        && j.changeColumn.isEmpty())
        return tr("Name the source column that tells when a row changed.");
    if ((j.conflicts == u"newest-wins" || j.conflicts == u"first-wins") && j.newestField.isEmpty())
        return tr("Name the timestamp field whose values decide a conflict.");
    if (j.conflicts == u"rule" && j.rule.isEmpty())
        return tr("Write the JavaScript rule that decides a conflict.");
    if (j.deletes == JobConfig::Deletes::SoftDelete && j.softDeleteColumn.isEmpty())
        return tr("Name the target column that flags deleted rows.");
    if (const auto schedule = scheduleFromForm(); !schedule)
        return tr("The schedule is not valid: %1").arg(schedule.error().message);
    return QString();
}

void JobEditor::setColumns(const QStringList& sourceColumns, const QStringList& targetColumns)
{
    setSuggestions(m_ui->changeColumnCombo, sourceColumns);
    setSuggestions(m_ui->softDeleteCombo, targetColumns);
    setSuggestions(m_ui->newestFieldCombo, targetColumns);
}

void JobEditor::updateDependentFields()
{
    const QString detect = m_ui->detectCombo->currentData().toString();
    const bool watermarked = detect == ConfigParser::toString(JobConfig::Detect::Timestamp)
        || detect == ConfigParser::toString(JobConfig::Detect::Version);
    m_ui->changeColumnLabel->setEnabled(watermarked);
    m_ui->changeColumnCombo->setEnabled(watermarked);
    const bool soft = m_ui->deletesCombo->currentData().toString()
        == ConfigParser::toString(JobConfig::Deletes::SoftDelete);
    m_ui->softDeleteLabel->setEnabled(soft);
    m_ui->softDeleteCombo->setEnabled(soft);
    const bool twoWay = m_ui->directionCombo->currentData().toString()
        == ConfigParser::toString(JobConfig::Direction::TwoWay);
    m_ui->conflictsLabel->setEnabled(twoWay);
    m_ui->conflictsCombo->setEnabled(twoWay);
    const QString policy = m_ui->conflictsCombo->currentData().toString();
    const bool byTime = policy == u"newest-wins" || policy == u"first-wins";
    m_ui->formLayout->setRowVisible(m_ui->newestFieldLabel, byTime);
    m_ui->formLayout->setRowVisible(m_ui->ruleLabel, policy == u"rule");

    QString hint;
    if (detect == ConfigParser::toString(JobConfig::Detect::Hash))
        hint = tr("Each run reads every source row and compares its hash.");
    else if (watermarked)
        hint = tr("Each run reads only the rows whose change column is at or past the last "
                  "run's high-water mark; such runs cannot see deleted rows.");
    else
        hint = tr("Triggers on the source log the key of every changed or deleted row.");
    if (!twoWay)
        hint = tr("%1 The conflict policy applies to two-way jobs only.").arg(hint);
    m_ui->hintLabel->setText(hint);
}

void JobEditor::updateMappingSummary()
{
    const QString name = mapping();
    for (const MappingConfig& m : std::as_const(m_mappings)) {
        if (m.name == name) {
            //: source endpoint.entity → target endpoint.entity
            m_ui->mappingSummary->setText(
                tr("%1.%2 → %3.%4")
                    .arg(m.source.endpoint, m.source.entity, m.target.endpoint, m.target.entity));
            return;
        }
    }
    m_ui->mappingSummary->setText(name.isEmpty() ? QString() : tr("not in the workspace"));
}

void JobEditor::onEdited()
{
    if (!m_loading)
        emit edited();
}

} // namespace Syncline
