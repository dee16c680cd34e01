// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Syncline"));
    QCoreApplication::setApplicationName(QStringLiteral("syncline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCLINE_VERSION));

    // stdout and stderr carry what the command says; the modules' informational logging
    // would mix into it. QT_LOGGING_RULES still turns it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("syncline.*.info=false"));

    Syncline::CommandLine commandLine;
    return commandLine.exec(QCoreApplication::arguments());
}
