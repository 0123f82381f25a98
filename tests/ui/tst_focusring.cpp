// The focus ring around a control that sits directly in a QSplitter: a
// QSplitter adopts every child widget as a pane, so a ring parented there
// showed as an empty framed strip at the window's edge (the navigation list of
// the main window). It must stay out of the splitter and still frame the control.
#include "ui/focusring.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtTest>

using namespace cg;

class tst_FocusRing final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ringAroundASplitterPaneIsNotAPane()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* edit = new QLineEdit(&window);
        layout->addWidget(edit);
        auto* splitter = new QSplitter(&window);
        auto* left = new QListWidget(splitter);
        auto* right = new QListWidget(splitter);
        left->addItem(QStringLiteral("one"));
        right->addItem(QStringLiteral("two"));
        layout->addWidget(splitter);
        window.resize(600, 400);
        ui::FocusRing::install(qApp);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        left->setFocus();
        QTRY_VERIFY(left->hasFocus());
        auto* ring = window.findChild<ui::FocusRing*>(QStringLiteral("focusRing"));
        QVERIFY(ring);
        QTRY_VERIFY(ring->isVisible());
        QCOMPARE(splitter->count(), 2);   // no third, empty pane
        QVERIFY(ring->parentWidget() != splitter);
        const QRect framed(left->mapTo(&window, QPoint(0, 0)), left->size());
        QCOMPARE(QRect(ring->mapTo(&window, QPoint(0, 0)), ring->size()), framed);

        // The splitter moves the pane: the ring follows.
        splitter->setSizes({100, 500});
        QTRY_COMPARE(QRect(ring->mapTo(&window, QPoint(0, 0)), ring->size()),
                     QRect(left->mapTo(&window, QPoint(0, 0)), left->size()));
        QCOMPARE(splitter->count(), 2);

        // An ordinary control: the ring is its sibling, on its geometry.
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTRY_COMPARE(ring->geometry(), edit->geometry());
        QCOMPARE(splitter->count(), 2);
    }
};

QTEST_MAIN(tst_FocusRing)
#include "tst_focusring.moc"
