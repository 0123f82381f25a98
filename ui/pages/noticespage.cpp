#include "ui/pages/noticespage.h"

#include "core/clock.h"
#include "core/consent.h"
#include "core/permissions.h"
#include "services/consentservice.h"
#include "services/noticeservice.h"
#include "ui/icons.h"
#include "ui/shortcuttooltips.h"
#include "ui/widgets/noticeeditor.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cg::ui {

NoticesPage::NoticesPage(std::shared_ptr<services::NoticeService> notices,
                         std::shared_ptr<services::ConsentService> consent, std::shared_ptr<const core::Clock> clock,
                         ActorProvider actor, QWidget* parent)
    : Page(parent), m_notices(std::move(notices)), m_consent(std::move(consent)), m_clock(std::move(clock)),
      m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("noticesPage"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_versionsLabel = new QLabel(this);
    m_versionsLabel->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_versions = new QTableWidget(0, 4, this);
    m_versions->setObjectName(QStringLiteral("noticeVersions"));
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->verticalHeader()->setVisible(false);
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setMinimumWidth(260);
    m_versionsLabel->setBuddy(m_versions);
    connect(m_versions, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("noticeState"));
    m_state->setWordWrap(true);
    m_editor = new NoticeEditor(this);
    connect(m_editor, &NoticeEditor::edited, this, [this] {
        setDirty(true);
        m_impactTimer->start();
    });
    m_impact = new QLabel(this);
    m_impact->setObjectName(QStringLiteral("noticeImpact"));
    m_impact->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("noticeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_impactTimer = new QTimer(this);
    m_impactTimer->setSingleShot(true);
    m_impactTimer->setInterval(300);
    connect(m_impactTimer, &QTimer::timeout, this, &NoticesPage::updateImpact);

    m_save = new QPushButton(themedIcon(QStringLiteral("document-save")), QString(), this);
    m_discard = new QPushButton(themedIcon(QStringLiteral("edit-undo")), QString(), this);
    m_publish = new QPushButton(themedIcon(QStringLiteral("document-send")), QString(), this);
    m_publish->setStyleSheet(QStringLiteral("font-weight: 600;"));
    connect(m_save, &QPushButton::clicked, this, &NoticesPage::saveDraft);
    connect(m_discard, &QPushButton::clicked, this, &NoticesPage::discard);
    connect(m_publish, &QPushButton::clicked, this, &NoticesPage::publishDraft);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &NoticesPage::saveDraft);
    ShortcutToolTips::setKeys(m_save, saveShortcut->key());
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_publish);

    m_policyBox = new QGroupBox(this);
    m_graceLabel = new QLabel(m_policyBox);
    m_grace = new QSpinBox(m_policyBox);
    m_grace->setRange(0, 365);
    m_graceLabel->setBuddy(m_grace);
    m_expiryLabel = new QLabel(m_policyBox);
    m_expiry = new QSpinBox(m_policyBox);
    m_expiry->setRange(0, 3650);
    m_expiryLabel->setBuddy(m_expiry);
    m_savePolicy = new QPushButton(themedIcon(QStringLiteral("document-save")), QString(), m_policyBox);
    connect(m_savePolicy, &QPushButton::clicked, this, &NoticesPage::savePolicy);
    connect(m_grace, &QSpinBox::valueChanged, this, [this] { m_impactTimer->start(); });
    auto* policy = new QGridLayout(m_policyBox);
    policy->addWidget(m_graceLabel, 0, 0);
    policy->addWidget(m_grace, 0, 1);
    policy->addWidget(m_expiryLabel, 1, 0);
    policy->addWidget(m_expiry, 1, 1);
    policy->addWidget(m_savePolicy, 0, 2, 2, 1, Qt::AlignVCenter);
    policy->setColumnStretch(3, 1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_versionsLabel);
    leftLayout->addWidget(m_versions, 1);
    leftLayout->addWidget(m_policyBox);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_state);
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addWidget(m_impact);
    rightLayout->addWidget(m_message);
    rightLayout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({320, 880});   // the two-language editor gets the room
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);

    retranslate();
}

QString NoticesPage::title() const
{
    return tr("Notices");
}

QIcon NoticesPage::icon() const
{
    // Not the consent desk's pen: a clerk tells the pages apart by their icons.
    return themedIcon(QStringLiteral("view-pim-notes"));
}

void NoticesPage::activated()
{
    // Whoever is signed in now decides what may be edited.
    if (!m_dirty)
        reload();
}

bool NoticesPage::canEdit() const
{
    return core::roleAllows(m_actor().role, core::Permission::ManageNotices);
}

void NoticesPage::retranslate()
{
    m_heading->setText(tr("Notices to residents"));
    m_intro->setText(tr("Residents read this notice before deciding on face recognition. Published versions never change; "
                        "edit the draft in both languages and publish it as a new version."));
    m_versionsLabel->setText(tr("&Versions"));
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Published"), tr("By"), tr("Hash")});
    m_versions->setAccessibleName(tr("Notice versions"));
    m_save->setText(tr("Save draft (Ctrl+S)"));
    m_discard->setText(tr("Discard changes"));
    m_publish->setText(tr("Publish as new version…"));
    m_publish->setToolTip(tr("Residents see the new version at their next session. Nothing is published while a part "
                             "is empty."));
    m_policyBox->setTitle(tr("Consent periods"));
    m_graceLabel->setText(tr("Re-consent &grace period:"));
    m_grace->setSuffix(tr(" days"));
    m_grace->setToolTip(tr("How long residents asked again (new notice scope, turned 14, guardian moved out) keep face "
                           "recognition before their face data is deleted."));
    m_expiryLabel->setText(tr("Consent &expires after:"));
    m_expiry->setSuffix(tr(" days"));
    m_expiry->setSpecialValueText(tr("never"));
    m_expiry->setToolTip(tr("After this period face data is deleted as on withdrawal, unless the resident agrees again."));
    m_savePolicy->setText(tr("Save periods"));
    reload();
}

void NoticesPage::reload()
{
    const core::Actor actor = m_actor();
    const bool edit = canEdit();
    auto versions = m_notices->versions();
    m_published = versions ? versions.value() : QList<core::NoticeVersion>{};
    m_hasDraftRow = false;
    if (edit) {
        auto draft = m_notices->draft(actor);
        if (draft) {
            m_draft = draft->content;
            m_draftVersion = draft->version;
            m_hasDraftRow = true;
        } else {
            setMessage(draft.error().message, true);
        }
    }
    const QSignalBlocker block(m_versions);
    m_versions->setRowCount(int(m_published.size()) + (m_hasDraftRow ? 1 : 0));
    int row = 0;
    const auto put = [this](int r, const QStringList& cells, bool bold) {
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (bold) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_versions->setItem(r, c, item);
        }
    };
    if (m_hasDraftRow)
        put(row++, {tr("Draft"), tr("not published"), QString(), QString()}, true);
    for (int i = 0; i < m_published.size(); ++i) {
        const core::NoticeVersion& v = m_published.at(i);
        put(row++,
            {i == 0 ? tr("%1 (current)").arg(v.number) : QString::number(v.number),
             QLocale().toString(v.publishedAt.toLocalTime(), QLocale::ShortFormat), v.publishedBy, core::shortHash(v.hash)},
            false);
    }
    m_versions->resizeColumnsToContents();
    m_versions->setCurrentCell(m_versions->rowCount() > 0 ? 0 : -1, 0);

    const core::ConsentPolicy policy = m_consent->policy();
    m_grace->setValue(policy.graceDays);
    m_expiry->setValue(policy.expiryDays);
    const bool settings = core::roleAllows(actor.role, core::Permission::ManageSettings);
    m_policyBox->setEnabled(settings);
    for (QWidget* w : {static_cast<QWidget*>(m_save), static_cast<QWidget*>(m_discard), static_cast<QWidget*>(m_publish)})
        w->setVisible(edit);
    showRow(m_versions->currentRow());
}

void NoticesPage::showRow(int row)
{
    const bool draft = m_hasDraftRow && row == 0;
    const int index = row - (m_hasDraftRow ? 1 : 0);
    if (draft) {
        m_editor->setReadOnly(false);
        m_editor->setContent(m_draft);
        setDirty(false);
        const auto draftState = m_draftVersion > 0 ? tr("Draft, saved %1 times. Edit both languages, then publish.").arg(m_draftVersion)
                                                   : tr("Draft, not saved yet (starts from the current version).");
        m_state->setText(draftState);
    } else if (index >= 0 && index < m_published.size()) {
        const core::NoticeVersion& v = m_published.at(index);
        m_editor->setReadOnly(true);
        m_editor->setContent(v.content);
        setDirty(false);
        QString text = tr("Version %1, published %2 by %3 · SHA-256 %4 · read-only")
                           .arg(v.number)
                           .arg(QLocale().toString(v.publishedAt.toLocalTime(), QLocale::ShortFormat), v.publishedBy, v.hash);
        if (v.scopeChanged)
            text += QLatin1Char('\n') + tr("This version changed purpose, method or data categories: residents were asked again "
                                           "(grace period %n day(s)).", nullptr, v.graceDays);
        m_state->setText(text);
    } else {
        m_editor->setReadOnly(true);
        m_editor->setContent({});
        m_state->setText(canEdit() ? QString() : tr("No notice is published yet."));
    }
    if (!canEdit())
        m_state->setText(m_state->text() + QLatin1Char('\n') + tr("Only an administrator can change notices."));
    updateImpact();
}

void NoticesPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_discard->setEnabled(dirty);
}

QString NoticesPage::impactText() const
{
    return m_impact->text();
}

void NoticesPage::updateImpact()
{
    m_impactTimer->stop();
    const bool draft = m_hasDraftRow && m_versions->currentRow() == 0;
    m_publish->setEnabled(draft);
    if (!draft) {
        m_impact->clear();
        return;
    }
    const core::NoticeContent content = m_editor->content();
    if (auto complete = core::checkComplete(content); !complete) {
        m_impact->setText(QStringLiteral("<span style='color:#9a6700'>%1</span>")
                              .arg(tr("Not ready to publish: %1").arg(complete.error().message).toHtmlEscaped()));
        return;
    }
    auto preview = m_notices->previewPublish(m_actor(), content);
    if (!preview) {
        m_impact->setText(preview.error().message.toHtmlEscaped());
        return;
    }
    QString text;
    if (preview->duplicateOf > 0) {
        text = tr("This text is already published as version %1. Change something before publishing.").arg(preview->duplicateOf);
        m_publish->setEnabled(false);
    } else if (preview->scopeChanged) {
        const QDate until = m_clock->todayLocal().addDays(m_grace->value());
        text = QStringLiteral("<span style='color:#9a6700; font-weight:600'>%1</span>")
                   .arg(tr("Publishing as version %1 changes the purpose, method or data categories: %n resident(s) with "
                           "active consent will be marked “re-consent needed”. They keep face recognition until %2 "
                           "(grace period), then their face data is deleted unless they agree again.",
                           nullptr, preview->residentsToMark)
                            .arg(preview->number)
                            .arg(QLocale().toString(until, QLocale::ShortFormat))
                            .toHtmlEscaped());
        m_impact->setText(text);
        return;
    } else {
        text = tr("Publishing as version %1 does not change purpose, method or data categories: nobody needs to be asked "
                  "again.")
                   .arg(preview->number);
    }
    m_impact->setText(text.toHtmlEscaped());
}

void NoticesPage::setMessage(const QString& text, bool error)
{
    m_lastMessage = text;
    m_message->setText(error ? QStringLiteral("<span style='color:#cf222e'>%1</span>").arg(text.toHtmlEscaped())
                             : text.toHtmlEscaped());
}

bool NoticesPage::saveDraft()
{
    if (!m_hasDraftRow || m_versions->currentRow() != 0)
        return false;
    auto saved = m_notices->saveDraft(m_actor(), m_editor->content(), m_draftVersion);
    if (!saved) {
        setMessage(saved.error().message, true);
        return false;
    }
    m_draftVersion = saved.value();
    m_draft = m_editor->content();
    setDirty(false);
    setMessage(tr("Draft saved."), false);
    m_state->setText(tr("Draft, saved %1 times. Edit both languages, then publish.").arg(m_draftVersion));
    return true;
}

void NoticesPage::discard()
{
    m_editor->setContent(m_draft);
    setDirty(false);
    setMessage(tr("Changes discarded."), false);
    updateImpact();
}

bool NoticesPage::publishDraft()
{
    if (!m_hasDraftRow || m_versions->currentRow() != 0)
        return false;
    const core::NoticeContent content = m_editor->content();
    // Refused before any question: the message names the empty part and
    // the cursor goes there.
    if (auto complete = core::checkComplete(content); !complete) {
        setMessage(complete.error().message, true);
        m_editor->focusField(complete.error().field);
        return false;
    }
    auto preview = m_notices->previewPublish(m_actor(), content);
    if (!preview) {
        setMessage(preview.error().message, true);
        return false;
    }
    if (m_confirmPublish) {
        QString question = tr("Publish this notice as version %1? It can never be changed afterwards.").arg(preview->number);
        if (preview->scopeChanged)
            question += QStringLiteral("\n\n")
                        + tr("%n resident(s) will be marked “re-consent needed”.", nullptr, preview->residentsToMark);
        if (QMessageBox::question(this, tr("Publish notice"), question) != QMessageBox::Yes)
            return false;
    }
    if (m_dirty && !saveDraft())
        return false;
    auto published = m_notices->publish(m_actor(), content, m_grace->value());
    if (!published) {
        setMessage(published.error().message, true);
        if (published.error().field.contains(QLatin1Char('.')))
            m_editor->focusField(published.error().field);
        return false;
    }
    QString done = tr("Published as version %1 (SHA-256 %2).")
                       .arg(published->version.number)
                       .arg(core::shortHash(published->version.hash));
    if (published->version.scopeChanged)
        done += QLatin1Char(' ') + tr("%n resident(s) marked “re-consent needed”; they appear in the consent desk's "
                                      "re-consent list.", nullptr, published->residentsMarked);
    reload();
    setMessage(done, false);
    return true;
}

void NoticesPage::savePolicy()
{
    core::ConsentPolicy policy;
    policy.graceDays = m_grace->value();
    policy.expiryDays = m_expiry->value();
    if (auto s = m_consent->setPolicy(m_actor(), policy); !s) {
        setMessage(s.error().message, true);
        return;
    }
    setMessage(tr("Consent periods saved."), false);
}

} // namespace cg::ui
