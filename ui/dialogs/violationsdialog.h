#pragma once

#include "services/complianceservice.h"

#include <QDialog>

namespace cg::ui {

// The residents behind the dashboard's coverage-violations tile: no face
// consent and no card, PIN or QR code for some door they may use. Non-modal
// (the page stays usable); deletes itself when closed.
class ViolationsDialog final : public QDialog
{
    Q_OBJECT
public:
    ViolationsDialog(const services::ComplianceFigures& figures, QWidget* parent = nullptr);
};

} // namespace cg::ui
