// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/endpointconfig.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EndpointForm;
}

namespace Syncline {

// Edits one endpoint with a form for its kind: SQLite (a database file, with a browse
// button) or PostgreSQL (host, port, database, user, extra parameters, and where the password
// comes from: an environment variable's name and/or the OS keychain). Builds the endpoint's
// URL from the fields; never holds a password. Child of EndpointsView; GUI thread.
class EndpointForm final : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointForm(QWidget* parent = nullptr);
    ~EndpointForm() override;

    // isNew: the name may be edited (a stored endpoint keeps its name; clone it to rename).
    void setEndpoint(const EndpointConfig& endpoint, bool isNew);
    EndpointConfig endpoint() const;
    bool isNew() const { return m_isNew; }
    // Why the endpoint cannot be saved as it is (a missing name, file or host); empty when it
    // can.
    QString problem() const;

    static QString sqliteUrl(const QString& path);
    static QString postgresqlUrl(const QString& host, int port, const QString& database,
        const QString& user, const QString& parameters);

signals:
    // The user changed a field.
    void edited();
    void setPasswordRequested(const QString& endpointName);

private:
    void setKindPage(const QString& kind);
    void browse();
    void updateUrl();
    void onEdited();

    std::unique_ptr<Ui::EndpointForm> m_ui;
    EndpointConfig m_original; // keeps the options this form does not edit
    QString m_nameToolTip; // the form's own tooltip, while the name may be edited
    bool m_isNew = false;
    bool m_loading = false;
};

} // namespace Syncline
