// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobconfig.h"
#include "core/mappingconfig.h"

#include <QWidget>

#include <memory>

namespace Ui {
class JobEditor;
}

namespace Syncline {

// Edits everything a job has: its mapping, direction, mode, change detection (with the change
// column), conflict policy (with the field newest-wins and first-wins compare, who wins a tie,
// or the JavaScript rule), delete handling (with the soft-delete flag column) and batch size,
// and its schedule (on demand, every, cron, window, missed runs, retries), in the config
// file's vocabulary. Offers the mapping's columns for the column fields
// once the view has read them. Child of JobsView; GUI thread.
class JobEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit JobEditor(QWidget* parent = nullptr);
    ~JobEditor() override;

    // The mappings a job may use (refills the mapping list, keeping the current choice).
    void setMappings(const QList<MappingConfig>& mappings);
    // isNew: the name may be edited (a stored job keeps its name; clone it to rename).
    void setJob(const JobConfig& job, bool isNew);
    JobConfig job() const;
    bool isNew() const { return m_isNew; }
    QString mapping() const;
    // Why the job cannot be saved as it is; empty when it can.
    QString problem() const;
    // Column suggestions: the mapping's source columns (change column) and target columns
    // (soft-delete flag, the field newest-wins compares).
    void setColumns(const QStringList& sourceColumns, const QStringList& targetColumns);

signals:
    void edited();
    void mappingChanged(const QString& mapping);

private:
    void updateDependentFields();
    void updateScheduleFields();
    // The schedule as the form gives it; BadInput names the field that is wrong.
    Result<ScheduleConfig> scheduleFromForm() const;
    void updateMappingSummary();
    void onEdited();

    std::unique_ptr<Ui::JobEditor> m_ui;
    QList<MappingConfig> m_mappings;
    JobConfig m_original; // keeps what this form does not edit (the schedule's time zone)
    QString m_nameToolTip; // the form's own tooltip, while the name may be edited
    bool m_isNew = false;
    bool m_loading = false;
};

} // namespace Syncline
