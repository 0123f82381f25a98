#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

class QApplication;

namespace cg::ui {

// A clearly visible focus ring (2 px in the palette's highlight colour, on the
// control's own edge) that follows the keyboard focus through every window of
// the application. Fusion's own focus cue is a faint tint that is easy to lose
// on a busy desk; a keyboard user must always see where the next key goes.
// The ring is a transparent sibling stacked just above the control (never
// clipped by a container the control is flush with, never taking clicks).
// GUI thread only.
class FocusRing final : public QWidget
{
    Q_OBJECT
public:
    explicit FocusRing(QWidget* parent = nullptr);

    // Starts following QApplication's focus; the tracker is a child of `app`.
    static void install(QApplication* app);

    QWidget* target() const { return m_target; }
    void setTarget(QWidget* target);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow();

    QPointer<QWidget> m_target;
};

// Moves one FocusRing to the focused widget (re-creating it when the window
// it lived in was destroyed).
class FocusRingTracker final : public QObject
{
    Q_OBJECT
public:
    explicit FocusRingTracker(QObject* parent = nullptr);

    FocusRing* ring() const { return m_ring; }
    void follow(QWidget* widget);

private:
    QPointer<FocusRing> m_ring;
};

} // namespace cg::ui
