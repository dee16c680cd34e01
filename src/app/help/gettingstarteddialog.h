// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Syncline {

// Help > Getting Started: one page that walks a new admin through connecting two endpoints,
// a mapping between them, a dry run and a run, with screenshots of each view. The text is
// built from tr() paragraphs so it is translated with everything else; the screenshots are
// resources (:/help/*.png, from docs/screenshots). Not modal, so the admin can follow the
// steps in the main window. Owned by MainWindow; GUI thread.
class GettingStartedDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit GettingStartedDialog(QWidget* parent = nullptr);

    // The page as HTML (what the browser shows).
    static QString html();
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace Syncline
