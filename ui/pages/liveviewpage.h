#pragma once

#include "core/actor.h"
#include "ui/page.h"
#include "vision/blurpolicy.h"

#include <QElapsedTimer>

#include <functional>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTimer;

namespace cg::services {
class DeviceService;
class VerificationService;
}

namespace cg::ui {

class CameraTile;
class DoorPanel;

// The live view: a grid (1, 2x2, 3x3) of cameras, each pixelated by its own
// capture and detection threads before a frame reaches this page, with the
// door panel beside it. Detection only: no identity is ever computed from a
// face. Pipelines run while the page is shown and stop when it is hidden.
class LiveViewPage final : public Page
{
    Q_OBJECT
public:
    LiveViewPage(services::DeviceService* devices, services::VerificationService* verifier,
                 std::function<core::Actor()> actor, QString modelsDir, QWidget* parent = nullptr);
    ~LiveViewPage() override;

    QString title() const override;
    QIcon icon() const override;
    QString shortcutHint() const override;
    void activated() override;

    QList<CameraTile*> tiles() const { return m_tiles; }
    DoorPanel* doorPanel() const { return m_panel; }
    QString detectorNotice() const;
    // The one-line notice above the grid (detector and how the picture is
    // hidden) and the details behind its link / tooltip.
    QString noticeText() const;
    QString noticeDetails() const;
    vision::BlurMode blurMode() const { return m_blurMode; }
    // GUI-thread stall (timer lateness) percentile in ms, for the figures.
    double guiStallPercentile(double p) const;
    // The detection input size (longer side, px) for a grid of `cameras`.
    static int detectionSide(int cameras);
    // Benchmarks only (bench_live --side): use this side for every grid; 0 restores the default.
    static void overrideDetectionSide(int side);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void startPipelines();
    void stopPipelines();
    void relayout();
    void select(CameraTile* tile);
    void askUnblur();
    void printFigures() const;

    services::DeviceService* m_devices = nullptr;
    services::VerificationService* m_verifier = nullptr;
    std::function<core::Actor()> m_actor;
    QString m_modelsDir;
    QLabel* m_heading = nullptr;
    QLabel* m_layoutLabel = nullptr;
    QComboBox* m_layout = nullptr;
    QPushButton* m_unblur = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_figures = nullptr;
    QWidget* m_grid = nullptr;
    QGridLayout* m_gridLayout = nullptr;
    QLabel* m_empty = nullptr;
    DoorPanel* m_panel = nullptr;
    QList<CameraTile*> m_tiles;
    QList<qint64> m_cameraIds;
    CameraTile* m_selected = nullptr;
    QString m_detectorNotice;
    QString m_detectorName;
    vision::BlurMode m_blurMode = vision::BlurMode::WholeFrame;
    QTimer* m_repaint = nullptr;
    QTimer* m_stallProbe = nullptr;
    QElapsedTimer m_stallClock;
    std::vector<double> m_stalls;
    int m_ticks = 0;
};

} // namespace cg::ui
