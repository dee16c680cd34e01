// SPDX-License-Identifier: GPL-3.0-or-later
#include "gettingstarteddialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Syncline {

namespace {

// A screenshot scaled to the page's reading width; QTextBrowser scales by the width attribute.
QString figure(const QString& image, const QString& caption)
{
    return QStringLiteral("<p align=\"center\"><img src=\"qrc:/help/%1.png\" width=\"560\"><br>"
                          "<i>%2</i></p>")
        .arg(image, caption.toHtmlEscaped());
}

QString step(int number, const QString& title, const QString& body)
{
    return QStringLiteral("<h3>%1. %2</h3>%3").arg(QString::number(number), title, body);
}

} // namespace

GettingStartedDialog::GettingStartedDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Getting Started with Syncline"));
    setObjectName(QStringLiteral("gettingStartedDialog"));
    m_browser->setObjectName(QStringLiteral("gettingStartedBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(html());
    m_browser->setWhatsThis(tr("A walk through the first sync: two endpoints, a mapping, a "
                               "dry run and a run."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    // Wide enough for the screenshots at their reading width, in the font's units so it
    // scales with the screen.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 64, em * 48);
}

QString GettingStartedDialog::html()
{
    QString page;
    page += QStringLiteral("<h2>%1</h2>").arg(tr("Getting Started"));
    page += tr("<p>Syncline keeps tables in two databases consistent. You connect the two "
               "databases as <b>endpoints</b>, say in a <b>mapping</b> which source columns "
               "fill which target columns, and a <b>job</b> runs the mapping. A <b>dry "
               "run</b> shows what a run would change without writing anything. These four "
               "steps take a few minutes.</p>"
               "<p>To try Syncline on sample data first, run <code>synclinectl demo</code> in "
               "a terminal and restart the console: it creates two demo databases with "
               "endpoints, mappings and jobs.</p>");

    page += step(1, tr("Connect two endpoints"),
        tr("<p>Open <b>Endpoints</b> (Ctrl+2) and press <b>New</b> (Ctrl+N). Give the "
           "endpoint a short name, choose its kind and fill in where it is: the database "
           "file for SQLite; host, port, database and user for PostgreSQL. The password is "
           "never stored in the workspace: name an environment variable that holds it, or "
           "keep it in the keychain of your desktop.</p>"
           "<p>Press <b>Test connection</b>: Syncline connects and shows the server version "
           "and the tables it can see. Save, then add the second endpoint the same way.</p>")
            + figure(QStringLiteral("endpoints"),
                tr("Endpoints, with the tables of the "
                   "selected one")));

    page += step(2, tr("Map the fields"),
        tr("<p>Open <b>Mappings</b> (Ctrl+3) and create a mapping: choose the source endpoint "
           "and table, then the target endpoint and table. The designer shows the source "
           "fields on the left and the target fields on the right. Drag a source field onto "
           "a target field to map it, or press <b>Auto-map</b> to map the fields with the "
           "same name. Pick the key the rows are matched by, add a transform where a value "
           "must change on the way, and watch the preview of sample rows.</p>"
           "<p><b>Save</b> writes the mapping to the workspace.</p>")
            + figure(QStringLiteral("mappings"), tr("The mapping designer with its preview")));

    page += step(3, tr("Dry run"),
        tr("<p>Open <b>Jobs</b> (Ctrl+4) and create a job for the mapping: the direction "
           "(push from source to target, pull, or two-way), whether to compare everything or "
           "only what changed, and what to do with deleted rows. Select the job and press "
           "<b>Dry run</b> (Shift+F5).</p>"
           "<p>The dry run reads both sides and lists every insert, update and delete the "
           "job would make. Nothing is written. Check that the list is what you expect.</p>")
            + figure(QStringLiteral("jobs"), tr("A job with the changes its dry run planned")));

    page += step(4, tr("Run"),
        tr("<p>Press <b>Run now</b> (F5). The status bar shows the progress; Esc cancels "
           "after the batch in flight, and running the job again continues where it "
           "stopped. When the run is done, <b>Runs</b> (Ctrl+5) shows its counts and "
           "timings, and the rows the target rejected with the database's own message.</p>"
           "<p>To run the job regularly, give it a schedule in the job editor. Servers run "
           "the same jobs without the console: <code>synclinectl run JOB</code>, or the "
           "<code>synclinectl-daemon</code> service.</p>")
            + figure(QStringLiteral("runs"), tr("The run history")));

    page += QStringLiteral("<h3>%1</h3>").arg(tr("More help"));
    page += tr("<p>Every field explains itself: hover over it for a tooltip, or press "
               "Shift+F1 and click the field for a longer explanation. Help &gt; Keyboard "
               "Shortcuts lists the keys.</p>");
    return page;
}

} // namespace Syncline
