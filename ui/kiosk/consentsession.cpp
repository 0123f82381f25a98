#include "ui/kiosk/consentsession.h"

#include "ui/kiosk/residentwindow.h"

namespace cg::ui {

ConsentSession::ConsentSession(std::shared_ptr<services::ConsentService> consent, std::function<core::Actor()> actor,
                               storage::ConsentResident resident, bool minor, core::NoticeVersion notice,
                               ReadAloud* readAloud, QObject* parent)
    : QObject(parent), m_consent(std::move(consent)), m_actor(std::move(actor)), m_resident(std::move(resident)),
      m_minor(minor), m_noticeHash(notice.hash)
{
    ResidentWindow::Session session;
    session.residentName = m_resident.name;
    session.guardianName = m_minor ? m_resident.guardianName : QString();
    session.language = m_resident.language;
    session.largePrint = m_resident.accessibility.contains(QLatin1String("large_print"));
    session.notice = std::move(notice);
    session.readAloud = readAloud;
    // No parent: a window of its own (hiding the console must not hide it).
    m_window = new ResidentWindow(session);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &ResidentWindow::progress, this, &ConsentSession::onProgress);
    connect(m_window, &ResidentWindow::decided, this, &ConsentSession::onDecided);
    connect(m_window, &ResidentWindow::cancelled, this, &ConsentSession::onCancelled);
    connect(m_window, &QObject::destroyed, this, [this] {
        m_window.clear();   // QWidget emits destroyed() before the guard clears
        Q_EMIT closed();
    });
}

ConsentSession::~ConsentSession()
{
    if (m_window) {
        // The console is closing mid-session: nothing was decided.
        disconnect(m_window, nullptr, this, nullptr);
        delete m_window;
    }
}

ResidentWindow* ConsentSession::window() const
{
    return m_window.data();
}

void ConsentSession::present(QWidget* console)
{
    m_window->present(console);
}

void ConsentSession::cancel()
{
    if (m_window)
        m_window->close();   // reported as cancelled by the window
}

void ConsentSession::setProgress(const QString& text)
{
    m_progress = text;
    Q_EMIT progressChanged(text);
}

void ConsentSession::onProgress(const QString& stage)
{
    // The clerk sees where the resident is, not what they chose.
    if (stage == QLatin1String("reading"))
        setProgress(tr("The resident is reading the notice…"));
    else if (stage == QLatin1String("chosen"))
        setProgress(tr("The resident has chosen and is about to sign…"));
    else if (stage == QLatin1String("signed"))
        setProgress(tr("Signed; waiting for the resident to confirm…"));
}

void ConsentSession::onDecided(bool agree, const QByteArray& signaturePng, const QString& language,
                               core::ConsentMethod method)
{
    if (!m_window)
        return;
    services::ConsentService::Decision d;
    d.residentId = m_resident.id;
    d.noticeHash = m_noticeHash;
    d.agree = agree;
    d.signaturePng = signaturePng;
    d.method = method;
    d.language = language;
    if (m_minor)
        d.guardianId = m_resident.guardianId;
    auto outcome = m_consent->recordDecision(m_actor(), d);
    if (!outcome) {
        setProgress(tr("Could not record the decision; the resident's screen is still open."));
        Q_EMIT failed(outcome.error().message);
        return;
    }
    m_window->showRecorded(core::consentKindName(outcome->event.kind, language));
    setProgress(tr("Decision recorded."));
    Q_EMIT recorded(outcome.value(), signaturePng, language);
}

void ConsentSession::onCancelled(const QString& stage)
{
    if (auto s = m_consent->abandonSession(m_actor(), m_resident.id, stage); !s)
        Q_EMIT cancelled(s.error().message);
    else
        Q_EMIT cancelled(tr("Session cancelled; nothing was recorded."));
}

QString ConsentSession::describe(const services::ConsentService::Outcome& outcome)
{
    QString text = tr("Recorded: %1.").arg(core::consentKindName(outcome.event.kind));
    if (outcome.alternative) {
        // The description is a whole sentence ("New QR code No. 7 issued: …").
        text += QLatin1Char(' ') + outcome.alternative->description;
        if (outcome.alternative->kind == QLatin1String("qr") && !outcome.alternative->secretToShow.isEmpty())
            text += QLatin1Char(' ') + tr("Print the receipt now: it carries the new QR code, which cannot be shown again.");
        else if (!outcome.alternative->secretToShow.isEmpty())
            text += QLatin1Char(' ') + tr("Give the resident their new code now; it is shown only once: %1")
                                           .arg(outcome.alternative->secretToShow);
    }
    if (outcome.deletion && outcome.deletion->id)
        text += QLatin1Char(' ') + tr("Face data deleted (%n image(s)).", nullptr, outcome.deletion->imagesDeleted);
    return text;
}

} // namespace cg::ui
