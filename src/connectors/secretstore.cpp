// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "connectorslogging.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Syncline {

namespace {

const QString Service = QStringLiteral("syncline");
constexpr int KeychainTimeoutMs = 10000;

// Runs a keychain job to its end on a local event loop, or gives up after the timeout. An
// abandoned job is deleted later, when it can no longer call back into this frame.
bool runJob(QKeychain::Job* job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&loop, &finished] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(KeychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    return finished;
}

QString keychainProblem(const QKeychain::Job& job)
{
    QString problem;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        problem = QStringLiteral("no OS keychain is available (%1)");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        problem = QStringLiteral("the OS keychain denied access (%1)");
        break;
    default:
        problem = QStringLiteral("the OS keychain failed (%1)");
        break;
    }
    // Headless machines often have no keychain service at all.
    return problem.arg(job.errorString())
        + QStringLiteral("; without a keychain, name an environment variable holding the "
                         "password with password_env");
}

// The job or, when it timed out, a deleter that lets it finish in the background.
struct JobDeleter
{
    bool finished = true;
    void operator()(QKeychain::Job* job) const
    {
        if (finished)
            delete job;
        else
            job->deleteLater();
    }
};

template <typename JobType> using JobPointer = std::unique_ptr<JobType, JobDeleter>;

Error timedOut(const QString& endpointName)
{
    return Error::runtime(QStringLiteral("endpoint %1: the OS keychain did not answer within %2 s; "
                                         "name an environment variable holding the password "
                                         "with password_env instead")
                              .arg(endpointName)
                              .arg(KeychainTimeoutMs / 1000));
}

} // namespace

Result<QString> SecretStore::password(const EndpointConfig& endpoint)
{
    if (!endpoint.passwordEnv.isEmpty()) {
        const QByteArray variable = endpoint.passwordEnv.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(variable.constData()))
            return Error::badInput(QStringLiteral("endpoint %1: the environment variable %2 "
                                                  "(password_env) is not set")
                                       .arg(endpoint.name, endpoint.passwordEnv));
        return qEnvironmentVariable(variable.constData());
    }
    if (!endpoint.keychain)
        return QString();

    JobPointer<QKeychain::ReadPasswordJob> job(new QKeychain::ReadPasswordJob(Service));
    job->setAutoDelete(false);
    job->setKey(endpoint.name);
    job.get_deleter().finished = runJob(job.get());
    if (!job.get_deleter().finished)
        return timedOut(endpoint.name);
    if (job->error() == QKeychain::EntryNotFound)
        return Error::badInput(QStringLiteral("endpoint %1: no password in the OS keychain under "
                                              "'%1' (service '%2'); store one, or name an "
                                              "environment variable with password_env")
                                   .arg(endpoint.name, Service));
    if (job->error() != QKeychain::NoError)
        return Error::runtime(
            QStringLiteral("endpoint %1: %2").arg(endpoint.name, keychainProblem(*job)));
    qCDebug(lcConnectors) << "read the password of endpoint" << endpoint.name
                          << "from the keychain";
    return job->textData();
}

Status SecretStore::storePassword(const QString& endpointName, const QString& password)
{
    JobPointer<QKeychain::WritePasswordJob> job(new QKeychain::WritePasswordJob(Service));
    job->setAutoDelete(false);
    job->setKey(endpointName);
    job->setTextData(password);
    job.get_deleter().finished = runJob(job.get());
    if (!job.get_deleter().finished)
        return timedOut(endpointName);
    if (job->error() != QKeychain::NoError)
        return Error::runtime(QStringLiteral("endpoint %1: cannot store the password: %2")
                                  .arg(endpointName, keychainProblem(*job)));
    return {};
}

Status SecretStore::removePassword(const QString& endpointName)
{
    JobPointer<QKeychain::DeletePasswordJob> job(new QKeychain::DeletePasswordJob(Service));
    job->setAutoDelete(false);
    job->setKey(endpointName);
    job.get_deleter().finished = runJob(job.get());
    if (!job.get_deleter().finished)
        return timedOut(endpointName);
    // Nothing to remove is what removing wanted.
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return Error::runtime(QStringLiteral("endpoint %1: cannot remove the password: %2")
                                  .arg(endpointName, keychainProblem(*job)));
    return {};
}

} // namespace Syncline
