#include "ui/kiosk/residentwindow.h"

#include "core/localized.h"
#include "ui/kiosk/readaloud.h"
#include "ui/widgets/signaturepad.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QTextBrowser>
#include <QTextLayout>
#include <QVBoxLayout>

namespace cg::ui {

namespace {

constexpr const char* kContext = "cg::ui::ResidentWindow";

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// Lines of `text` no wider than `width` in `font` (Unicode line breaking:
// between words, and between Chinese characters).
QStringList wrapped(const QString& text, const QFont& font, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

// An answer broken into lines that fit `width`: after its dash first
// ("I do not agree —" / "give me a card, PIN or QR"), then wherever needed.
QString fitted(const QString& text, const QFont& font, int width)
{
    const QFontMetrics metrics(font);
    if (width <= 0 || metrics.horizontalAdvance(text) <= width)
        return text;
    const QString dash = QStringLiteral(" — ");
    const int at = text.indexOf(dash);
    const QStringList parts = at > 0 ? QStringList{text.left(at + 2), text.mid(at + dash.size())} : QStringList{text};
    QStringList lines;
    for (const QString& part : parts)
        lines << wrapped(part, font, width);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ResidentWindow::ResidentWindow(Session session, QWidget* parent)
    : QWidget(parent, Qt::Window), m_session(std::move(session))
{
    setObjectName(QStringLiteral("residentWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_language = core::normaliseLanguage(m_session.language);
    m_speech = m_session.readAloud;
    m_largePrint = m_session.largePrint;

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kioskTitle"));
    m_title->setWordWrap(true);
    m_forWhom = new QLabel(this);
    m_forWhom->setObjectName(QStringLiteral("kioskForWhom"));
    m_languageButton = new QPushButton(this);
    m_languageButton->setObjectName(QStringLiteral("kioskLanguage"));
    m_largePrintButton = new QPushButton(this);
    m_largePrintButton->setObjectName(QStringLiteral("kioskLargePrint"));
    m_largePrintButton->setCheckable(true);
    m_largePrintButton->setChecked(m_largePrint);
    m_readAloud = new QPushButton(this);
    m_readAloud->setObjectName(QStringLiteral("kioskReadAloud"));
    m_readAloud->setVisible(false);   // only when a speech engine speaks the language

    auto* top = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_forWhom);
    top->addLayout(titles, 1);
    top->addWidget(m_readAloud);
    top->addWidget(m_largePrintButton);
    top->addWidget(m_languageButton);

    m_guardianBanner = new QLabel(this);
    m_guardianBanner->setObjectName(QStringLiteral("kioskGuardian"));
    m_guardianBanner->setWordWrap(true);
    m_guardianBanner->setVisible(!m_session.guardianName.isEmpty());

    m_notice = new QTextBrowser(this);
    m_notice->setObjectName(QStringLiteral("kioskNotice"));
    m_notice->setOpenLinks(false);
    m_notice->setFocusPolicy(Qt::StrongFocus);

    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("kioskQuestion"));
    m_question->setWordWrap(true);

    // Two choices of equal size and weight: same widget type, style, size
    // policy and stretch; neither is default, neither is checked.
    m_agree = new QPushButton(this);
    m_refuse = new QPushButton(this);
    // No QButtonGroup: Qt's Tab leaves a group of checkable buttons after its
    // first member (arrows move inside), so a keyboard user met "I agree" and
    // never "I do not agree". choose() keeps exactly one checked instead.
    for (QPushButton* b : {m_agree, m_refuse}) {
        b->setObjectName(b == m_agree ? QStringLiteral("kioskAgree") : QStringLiteral("kioskRefuse"));
        b->setProperty("choice", true);
        b->setCheckable(true);
        b->setChecked(false);
        b->setAutoDefault(false);
        b->setDefault(false);
        // Ignored: the width comes from the equal column stretch, not from
        // the length of the text, so both are exactly as wide.
        b->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    }
    auto* choiceRow = new QGridLayout;
    choiceRow->setHorizontalSpacing(24);
    choiceRow->addWidget(m_agree, 0, 0);
    choiceRow->addWidget(m_refuse, 0, 1);
    choiceRow->setColumnStretch(0, 1);
    choiceRow->setColumnStretch(1, 1);
    connect(m_agree, &QPushButton::clicked, this, [this] { choose(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { choose(false); });

    m_signFrame = new QFrame(this);
    m_signFrame->setObjectName(QStringLiteral("kioskSignFrame"));
    m_signLabel = new QLabel(m_signFrame);
    m_signLabel->setObjectName(QStringLiteral("kioskSignLabel"));
    m_signLabel->setWordWrap(true);
    m_pad = new SignaturePad(m_signFrame);
    m_pad->setObjectName(QStringLiteral("kioskSignature"));
    m_clear = new QPushButton(m_signFrame);
    m_clear->setObjectName(QStringLiteral("kioskClear"));
    m_clear->setAutoDefault(false);
    auto* signLayout = new QGridLayout(m_signFrame);
    signLayout->setContentsMargins(0, 0, 0, 0);
    signLayout->addWidget(m_signLabel, 0, 0, 1, 2);
    signLayout->addWidget(m_pad, 1, 0);
    signLayout->addWidget(m_clear, 1, 1, Qt::AlignBottom);
    signLayout->setColumnStretch(0, 1);
    m_signFrame->setEnabled(false);
    connect(m_pad, &SignaturePad::changed, this, [this] {
        updateState();
        if (!m_pad->isEmpty())
            Q_EMIT progress(QStringLiteral("signed"));
    });
    connect(m_clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("kioskCancel"));
    m_cancel->setAutoDefault(false);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("kioskConfirm"));
    m_confirm->setAutoDefault(false);
    m_confirm->setEnabled(false);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("kioskHint"));
    m_hint->setWordWrap(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_confirm);
    connect(m_cancel, &QPushButton::clicked, this, &ResidentWindow::cancel);
    connect(m_confirm, &QPushButton::clicked, this, &ResidentWindow::confirm);
    connect(m_languageButton, &QPushButton::clicked, this, [this] {
        setLanguage(m_language == QLatin1String("zh_CN") ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    });
    connect(m_largePrintButton, &QPushButton::toggled, this, &ResidentWindow::setLargePrint);
    connect(m_readAloud, &QPushButton::clicked, this, &ResidentWindow::readAloud);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 28, 40, 28);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(m_guardianBanner);
    layout->addWidget(m_notice, 1);
    layout->addWidget(m_question);
    layout->addLayout(choiceRow);
    layout->addWidget(m_signFrame);
    layout->addLayout(bottom);

    // Keyboard: the notice first, then the two choices (never preselected).
    setTabOrder(m_notice, m_agree);
    setTabOrder(m_agree, m_refuse);
    setTabOrder(m_refuse, m_pad);
    setTabOrder(m_pad, m_confirm);

    applyStyle();
    retranslate();
    if (m_speech) {
        // The engine opens in the background: the button appears when it is ready.
        connect(m_speech, &ReadAloud::availabilityChanged, this, &ResidentWindow::setUpSpeech);
        connect(m_speech, &ReadAloud::speakingChanged, this, [this](bool on) {
            m_readAloud->setText(on ? t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Stop reading"))
                                    : t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Read aloud")));
        });
    }
    setUpSpeech();
    m_notice->setFocus();
}

// A normal end goes through closeEvent(), which shows the console again. The
// window is only destroyed without closing when the console itself is being
// destroyed (the session's owner goes first); showing that half-destroyed
// console crashed.
ResidentWindow::~ResidentWindow() = default;

QString ResidentWindow::t(const char* source) const
{
    return core::translateFor(m_language, kContext, source);
}

QString ResidentWindow::stage() const
{
    if (m_done)
        return QStringLiteral("done");
    if (!m_choice)
        return QStringLiteral("reading");
    return m_pad->isEmpty() ? QStringLiteral("chosen") : QStringLiteral("signed");
}

void ResidentWindow::present(QWidget* console)
{
    m_console = console;
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* consoleScreen = console ? console->screen() : QGuiApplication::primaryScreen();
    QScreen* target = nullptr;
    for (QScreen* s : screens) {
        if (s != consoleScreen) {
            target = s;
            break;
        }
    }
    if (target) {
        // A second screen faces the resident; the clerk keeps the console.
        setScreen(target);
        setGeometry(target->geometry());
    } else {
        // One screen: cover the console and hide it, so nothing of the
        // clerk's (other residents, lists) is visible to the resident.
        if (console && console->isVisible()) {
            console->hide();
            m_consoleHidden = true;
        }
        if (consoleScreen)
            setGeometry(consoleScreen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    Q_EMIT progress(QStringLiteral("reading"));
}

void ResidentWindow::applyStyle()
{
    const int base = m_largePrint ? 26 : 19;
    // Its own, larger style; nothing inherited from the console's look.
    // Every rule starts with #residentWindow: the base font rule for all
    // descendants has an id in it, and a rule without one (QLabel#kioskTitle,
    // QPushButton[choice]) would lose to it however specific it looks, leaving
    // the title and the two answers at the body size.
    setStyleSheet(QStringLiteral(
                      "QWidget#residentWindow { background: #f7f5ef; color: #1a1a1a; }"
                      "QWidget#residentWindow QWidget { font-size: %1px; }"
                      "#residentWindow QLabel#kioskTitle { font-size: %2px; font-weight: 600; }"
                      "#residentWindow QLabel#kioskForWhom { color: #444; }"
                      "#residentWindow QLabel#kioskGuardian { background: #fff3c4; border: 2px solid #c9a400; border-radius: 8px;"
                      " padding: 12px; }"
                      "#residentWindow QLabel#kioskQuestion { font-weight: 600; }"
                      "#residentWindow QTextBrowser#kioskNotice { background: white; border: 1px solid #bbb; border-radius: 8px;"
                      " padding: 12px; }"
                      "#residentWindow QPushButton { background: white; border: 2px solid #555; border-radius: 10px;"
                      " padding: 10px 22px; min-height: 40px; }"
                      "#residentWindow QPushButton:focus { border: 4px solid #1a5fb4; }"
                      "#residentWindow QPushButton:disabled { color: #999; border-color: #bbb; }"
                      "#residentWindow QPushButton[choice=\"true\"] { font-size: %3px; font-weight: 600; border: 3px solid #1a5fb4;"
                      " color: #1a1a1a; min-height: 96px; }"
                      "#residentWindow QPushButton[choice=\"true\"]:focus { border: 5px solid #0b3d7a; }"
                      "#residentWindow QPushButton[choice=\"true\"]:checked { background: #1a5fb4; color: white; }"
                      "#residentWindow QPushButton#kioskConfirm:enabled { background: #1a5fb4; color: white; border-color: #1a5fb4; }"
                      "#residentWindow QLabel#kioskHint { color: #444; }")
                      .arg(base)
                      .arg(base + 10)
                      .arg(base + 4));
    m_notice->document()->setDefaultStyleSheet(
        QStringLiteral("h2 { font-size: %1px; margin-top: 14px; } p { line-height: 150%; }").arg(base + 3));
}

void ResidentWindow::setLanguage(const QString& language)
{
    m_language = core::normaliseLanguage(language);
    retranslate();
    setUpSpeech();
}

void ResidentWindow::setLargePrint(bool on)
{
    m_largePrint = on;
    if (m_largePrintButton->isChecked() != on)
        m_largePrintButton->setChecked(on);
    applyStyle();
    retranslate();
}

void ResidentWindow::retranslate()
{
    setWindowTitle(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Your decision on face recognition")));
    const core::NoticeContent& c = m_session.notice.content;
    m_title->setText(c.field(m_language, core::NoticeField::Title));
    m_forWhom->setText(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "For: %1")).arg(m_session.residentName));
    m_languageButton->setText(m_language == QLatin1String("zh_CN") ? QStringLiteral("English") : QStringLiteral("中文"));
    m_languageButton->setAccessibleName(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Change language")));
    m_largePrintButton->setText(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Larger text")));
    m_readAloud->setText(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Read aloud")));
    m_guardianBanner->setText(
        t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow",
                            "%1 is under 14. The guardian, %2, reads this notice, decides and signs for the child."))
            .arg(m_session.residentName, m_session.guardianName));

    QString html;
    for (core::NoticeField f : core::allNoticeFields()) {
        if (f == core::NoticeField::Title)
            continue;
        html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(core::noticeFieldLabel(f, m_language).toHtmlEscaped(), escaped(c.field(m_language, f)));
    }
    html += QStringLiteral("<p><small>%1 %2 · SHA-256 %3</small></p>")
                .arg(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Notice version")))
                .arg(m_session.notice.number)
                .arg(core::shortHash(m_session.notice.hash));
    m_notice->setHtml(html);
    m_notice->setAccessibleName(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Notice on face recognition")));

    m_question->setText(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow",
                                            "Do you agree that your face is used to open the doors? Either answer is fine: "
                                            "you get in just the same.")));
    m_agreeText = t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "I agree to face recognition"));
    m_refuseText = t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "I do not agree — give me a card, PIN or QR"));
    m_agree->setAccessibleName(m_agreeText);
    m_refuse->setAccessibleName(m_refuseText);
    fitChoices();
    m_signLabel->setText(m_session.guardianName.isEmpty()
                             ? t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Sign here to confirm your choice."))
                             : t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Guardian: sign here to confirm the choice.")));
    m_pad->setPlaceholder(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow",
                                              "Sign with a finger, a pen or the mouse — or type your name")));
    // Residents who cannot use a pointer sign by typing; the image says so.
    m_pad->setTypedCaption(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Signed by typing the name with the keyboard")));
    m_pad->setAccessibleDescription(
        t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Draw your signature, or type your name with the keyboard.")));
    m_pad->setAccessibleName(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Signature")));
    m_clear->setText(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Clear")));
    m_cancel->setText(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Cancel — decide later")));
    m_confirm->setText(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Confirm")));
    updateState();
}

void ResidentWindow::fitChoices()
{
    // The two answers share the width equally, whatever the screen: on a
    // narrow one their text wraps instead of pushing "I do not agree" off
    // the edge. Both get the height of the taller one, so they stay equal.
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    const int column = (width() - margins.left() - margins.right() - 24) / 2;
    for (QPushButton* b : {m_agree, m_refuse}) {
        b->ensurePolished();
        // Padding, the thicker focus border and a little air.
        b->setText(fitted(b == m_agree ? m_agreeText : m_refuseText, b->font(), column - 2 * 22 - 2 * 5 - 12));
        b->setMinimumHeight(0);
    }
    const int high = std::max(m_agree->sizeHint().height(), m_refuse->sizeHint().height());
    m_agree->setMinimumHeight(high);
    m_refuse->setMinimumHeight(high);
}

void ResidentWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitChoices();
}

void ResidentWindow::updateState()
{
    if (m_done)
        return;
    m_signFrame->setEnabled(m_choice.has_value());
    const bool ready = m_choice.has_value() && !m_pad->isEmpty();
    m_confirm->setEnabled(ready);
    if (!m_choice)
        m_hint->setText(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Read the notice, then choose one of the two answers.")));
    else if (m_pad->isEmpty())
        m_hint->setText(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Now sign in the box.")));
    else
        m_hint->setText(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Press Confirm to record your decision.")));
}

void ResidentWindow::choose(bool agree)
{
    if (m_done)
        return;
    const bool changed = !m_choice || *m_choice != agree;
    m_choice = agree;
    m_agree->setChecked(agree);
    m_refuse->setChecked(!agree);
    // A signature belongs to one answer: changing the answer asks for it again.
    if (changed && !m_pad->isEmpty())
        m_pad->clear();
    updateState();
    Q_EMIT progress(QStringLiteral("chosen"));
}

void ResidentWindow::confirm()
{
    if (m_done || !m_choice || m_pad->isEmpty())
        return;
    m_reported = true;
    Q_EMIT decided(*m_choice, m_pad->png(), m_language,
                   m_pad->isTyped() ? core::ConsentMethod::DeskTyped : core::ConsentMethod::DeskSignature);
}

void ResidentWindow::showRecorded(const QString& summary)
{
    m_done = true;
    for (QWidget* w : {static_cast<QWidget*>(m_agree), static_cast<QWidget*>(m_refuse), static_cast<QWidget*>(m_signFrame),
                       static_cast<QWidget*>(m_confirm)})
        w->setEnabled(false);
    m_cancel->setText(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Close")));
    m_hint->setText(t(QT_TRANSLATE_NOOP("cg::ui::ResidentWindow", "Thank you. Your decision was recorded.")) + QLatin1Char(' ')
                    + summary);
}

void ResidentWindow::cancel()
{
    if (m_done) {
        close();
        return;
    }
    m_reported = true;
    Q_EMIT cancelled(stage());
    close();
}

void ResidentWindow::closeEvent(QCloseEvent* event)
{
    if (m_speech && m_speech->isSpeaking())
        m_speech->stop();
    if (!m_reported && !m_done) {
        // Closed by the window manager: the same as Cancel.
        m_reported = true;
        Q_EMIT cancelled(stage());
    }
    if (m_consoleHidden && m_console) {
        m_console->show();
        m_consoleHidden = false;
    }
    event->accept();
}

void ResidentWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ResidentWindow::setUpSpeech()
{
    // Read aloud only when an engine speaks the notice's language; the button
    // stays hidden otherwise (never a button that does nothing).
    m_readAloud->setVisible(m_speech && m_speech->canSpeak(m_language));
}

void ResidentWindow::readAloud()
{
    if (!m_speech)
        return;
    if (m_speech->isSpeaking()) {
        m_speech->stop();
        return;
    }
    m_speech->say(core::noticePlainText(m_session.notice.content, m_language), m_language);
}

} // namespace cg::ui
