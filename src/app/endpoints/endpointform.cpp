// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointform.h"

#include "ui_endpointform.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QUrl>

namespace Syncline {

namespace {

const auto s_sqlite = QStringLiteral("sqlite");
const auto s_postgresql = QStringLiteral("postgresql");

struct PostgresqlParts
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString parameters;
};

QString decoded(const QString& text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// Lenient: the form shows what it can of a URL written by hand or imported; the connector
// is the one that validates it.
PostgresqlParts parsePostgresqlUrl(const QString& url)
{
    PostgresqlParts parts;
    QString rest = url;
    for (const QString& scheme :
        { QStringLiteral("postgresql://"), QStringLiteral("postgres://") }) {
        if (rest.startsWith(scheme)) {
            rest = rest.mid(scheme.size());
            break;
        }
    }
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        parts.parameters = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        parts.database = decoded(rest.mid(slash + 1));
        rest.truncate(slash);
    }
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        parts.user = decoded(rest.left(at));
        rest = rest.mid(at + 1);
    }
    QString port;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        parts.host = rest.mid(1, close < 0 ? -1 : close - 1);
        if (close >= 0 && rest.mid(close + 1).startsWith(u':'))
            port = rest.mid(close + 2);
    } else if (const qsizetype colon = rest.lastIndexOf(u':'); colon >= 0) {
        parts.host = decoded(rest.left(colon));
        port = rest.mid(colon + 1);
    } else {
        parts.host = decoded(rest);
    }
    bool ok = false;
    const int number = port.toInt(&ok);
    if (ok && number > 0 && number < 65536)
        parts.port = number;
    return parts;
}

QString sqlitePath(const QString& url)
{
    if (url.startsWith(QStringLiteral("sqlite://")))
        return url.mid(9);
    if (url.startsWith(QStringLiteral("sqlite:")))
        return url.mid(7);
    return url;
}

} // namespace

EndpointForm::EndpointForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EndpointForm>())
{
    m_ui->setupUi(this);
    m_nameToolTip = m_ui->nameEdit->toolTip();
    m_ui->kindCombo->addItem(tr("SQLite"), s_sqlite);
    m_ui->kindCombo->addItem(tr("PostgreSQL"), s_postgresql);
    m_ui->secretNote->setText(tr("Passwords are never stored in the workspace: name an "
                                 "environment variable that holds the password, or keep it in "
                                 "the OS keychain."));
    QPalette notePalette = m_ui->secretNote->palette();
    notePalette.setColor(
        QPalette::WindowText, notePalette.color(QPalette::Disabled, QPalette::WindowText));
    m_ui->secretNote->setPalette(notePalette);
    m_ui->urlValue->setPalette(notePalette);

    for (QLineEdit* edit : { m_ui->nameEdit, m_ui->pathEdit, m_ui->hostEdit, m_ui->databaseEdit,
             m_ui->userEdit, m_ui->parametersEdit, m_ui->passwordEnvEdit })
        connect(edit, &QLineEdit::textEdited, this, &EndpointForm::onEdited);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &EndpointForm::onEdited);
    connect(m_ui->keychainCheck, &QCheckBox::toggled, this, &EndpointForm::onEdited);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        setKindPage(m_ui->kindCombo->currentData().toString());
        onEdited();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &EndpointForm::browse);
    connect(m_ui->setPasswordButton, &QPushButton::clicked, this,
        [this] { emit setPasswordRequested(m_ui->nameEdit->text().trimmed()); });

    EndpointConfig blank;
    blank.kind = s_sqlite;
    setEndpoint(blank, true);
}

EndpointForm::~EndpointForm() = default;

void EndpointForm::setEndpoint(const EndpointConfig& endpoint, bool isNew)
{
    m_loading = true;
    m_original = endpoint;
    m_isNew = isNew;
    m_ui->nameEdit->setText(endpoint.name);
    m_ui->nameEdit->setReadOnly(!isNew);
    m_ui->nameEdit->setToolTip(isNew ? m_nameToolTip
                                     : tr("A saved endpoint keeps its name; clone it to make "
                                          "one under another name."));
    const int kindIndex = m_ui->kindCombo->findData(endpoint.kind);
    m_ui->kindCombo->setCurrentIndex(kindIndex < 0 ? 0 : kindIndex);
    setKindPage(m_ui->kindCombo->currentData().toString());

    m_ui->pathEdit->clear();
    m_ui->hostEdit->clear();
    m_ui->portSpin->setValue(5432);
    m_ui->databaseEdit->clear();
    m_ui->userEdit->clear();
    m_ui->parametersEdit->clear();
    if (endpoint.kind == s_postgresql) {
        const PostgresqlParts parts = parsePostgresqlUrl(endpoint.url);
        m_ui->hostEdit->setText(parts.host);
        m_ui->portSpin->setValue(parts.port);
        m_ui->databaseEdit->setText(parts.database);
        m_ui->userEdit->setText(parts.user);
        m_ui->parametersEdit->setText(parts.parameters);
    } else if (!endpoint.url.isEmpty()) {
        m_ui->pathEdit->setText(QDir::toNativeSeparators(sqlitePath(endpoint.url)));
    }
    m_ui->passwordEnvEdit->setText(endpoint.passwordEnv);
    m_ui->keychainCheck->setChecked(endpoint.keychain);
    m_loading = false;
    updateUrl();
}

EndpointConfig EndpointForm::endpoint() const
{
    EndpointConfig endpoint = m_original;
    endpoint.name = m_ui->nameEdit->text().trimmed();
    endpoint.kind = m_ui->kindCombo->currentData().toString();
    if (endpoint.kind == s_postgresql) {
        endpoint.url = postgresqlUrl(m_ui->hostEdit->text().trimmed(), m_ui->portSpin->value(),
            m_ui->databaseEdit->text().trimmed(), m_ui->userEdit->text().trimmed(),
            m_ui->parametersEdit->text().trimmed());
        endpoint.passwordEnv = m_ui->passwordEnvEdit->text().trimmed();
        endpoint.keychain = m_ui->keychainCheck->isChecked();
    } else {
        endpoint.url = sqliteUrl(QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed()));
        endpoint.passwordEnv.clear();
        endpoint.keychain = false;
    }
    return endpoint;
}

QString EndpointForm::problem() const
{
    const EndpointConfig e = endpoint();
    if (e.name.isEmpty())
        return tr("Give the endpoint a name.");
    if (e.kind == s_postgresql) {
        if (m_ui->hostEdit->text().trimmed().isEmpty())
            return tr("Enter the PostgreSQL server's host name.");
        if (m_ui->databaseEdit->text().trimmed().isEmpty())
            return tr("Enter the name of the database.");
        return QString();
    }
    if (m_ui->pathEdit->text().trimmed().isEmpty())
        return tr("Choose the SQLite database file.");
    return QString();
}

QString EndpointForm::sqliteUrl(const QString& path)
{
    if (path.isEmpty())
        return QString();
    // sqlite:///absolute/path, or sqlite:relative/path (relative to the working directory).
    return QDir::isAbsolutePath(path) ? QStringLiteral("sqlite://") + path
                                      : QStringLiteral("sqlite:") + path;
}

QString EndpointForm::postgresqlUrl(const QString& host, int port, const QString& database,
    const QString& user, const QString& parameters)
{
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    url += host.contains(u':') ? u'[' + host + u']'
                               : QString::fromUtf8(QUrl::toPercentEncoding(host, "-._~"));
    url += u':' + QString::number(port) + u'/'
        + QString::fromUtf8(QUrl::toPercentEncoding(database));
    if (!parameters.isEmpty())
        url += u'?' + parameters;
    return url;
}

void EndpointForm::setKindPage(const QString& kind)
{
    QWidget* page = kind == s_postgresql ? m_ui->postgresqlPage : m_ui->sqlitePage;
    // The stack takes the height of the page shown, not of the tallest one.
    for (QWidget* each : { m_ui->sqlitePage, m_ui->postgresqlPage }) {
        each->setSizePolicy(
            QSizePolicy::Preferred, each == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_ui->kindStack->setCurrentWidget(page);
    m_ui->secretNote->setVisible(page == m_ui->postgresqlPage);
    m_ui->kindStack->adjustSize();
}

void EndpointForm::browse()
{
    const QString current = m_ui->pathEdit->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a SQLite database"),
        current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
        tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
    onEdited();
}

void EndpointForm::updateUrl()
{
    const QString url = endpoint().url;
    m_ui->urlValue->setText(url.isEmpty() ? tr("(incomplete)") : url);
    m_ui->setPasswordButton->setEnabled(
        m_ui->keychainCheck->isChecked() && !m_ui->nameEdit->text().trimmed().isEmpty());
}

void EndpointForm::onEdited()
{
    if (m_loading)
        return;
    updateUrl();
    emit edited();
}

} // namespace Syncline
