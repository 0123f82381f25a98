#include "services/processordetails.h"

#include <QRegularExpression>

namespace cg::services {

namespace {

bool hasControlCharacters(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

core::Status ProcessorDetails::validate() const
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return core::Error::invalid(QStringLiteral("company_name"),
                                    tr("Company name: enter the name of the property company, as residents know it."));
    if (n.size() < 2 || n.size() > 100 || hasControlCharacters(n))
        return core::Error::invalid(QStringLiteral("company_name"),
                                    tr("Company name: use 2 to 100 characters on one line."));

    const QString p = phone.trimmed();
    if (p.isEmpty())
        return core::Error::invalid(QStringLiteral("phone"),
                                    tr("Telephone: enter the number residents call about their personal information."));
    // Digits with the usual separators; "ext." or "转" for an extension.
    static const QRegularExpression phoneChars(QStringLiteral("^\\+?[0-9 ()\\-/]+((ext\\.?|x|转) ?[0-9]{1,6})?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const qsizetype digits = std::count_if(p.begin(), p.end(), [](QChar c) { return c.isDigit(); });
    if (!phoneChars.match(p).hasMatch() || digits < 5 || digits > 20)
        return core::Error::invalid(QStringLiteral("phone"),
                                    tr("Telephone: “%1” is not a telephone number. Use 5 to 20 digits; spaces, "
                                       "+, - and brackets are allowed.")
                                        .arg(p));

    const QString a = address.trimmed();
    if (a.isEmpty())
        return core::Error::invalid(QStringLiteral("address"),
                                    tr("Address: enter where residents can come or write to (the property "
                                       "service centre)."));
    if (a.size() < 4 || a.size() > 200 || hasControlCharacters(a))
        return core::Error::invalid(QStringLiteral("address"), tr("Address: use 4 to 200 characters on one line."));

    const QString e = email.trimmed();
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!e.isEmpty() && (e.size() > 120 || !emailPattern.match(e).hasMatch()))
        return core::Error::invalid(QStringLiteral("email"),
                                    tr("Email: “%1” is not an email address (like office@example.com). Leave it "
                                       "empty if residents cannot write by email.")
                                        .arg(e));
    return {};
}

core::NoticeContent ProcessorDetails::applyTo(core::NoticeContent content) const
{
    const QString n = name.trimmed();
    const QString p = phone.trimmed();
    const QString a = address.trimmed();
    const QString e = email.trimmed();

    content.setField(QStringLiteral("zh_CN"), core::NoticeField::Processor,
                     QStringLiteral("%1是本小区的物业服务企业，是您人脸信息的处理者，决定处理的目的和方式，"
                                    "并对信息安全负责。")
                         .arg(n));
    content.setField(QStringLiteral("en"), core::NoticeField::Processor,
                     QStringLiteral("%1, the property service company that manages this compound, processes your "
                                    "face data, decides how it is used and is responsible for keeping it safe.")
                         .arg(n));

    QString zhContact = QStringLiteral("物业服务中心前台当面办理；电话：%1；地址：%2").arg(p, a);
    QString enContact = QStringLiteral("In person at the front desk of the property service centre; telephone: %1; "
                                       "address: %2")
                            .arg(p, a);
    if (!e.isEmpty()) {
        zhContact += QStringLiteral("；电子邮件：%1").arg(e);
        enContact += QStringLiteral("; email: %1").arg(e);
    }
    zhContact += QStringLiteral("。信件请寄上述地址并注明“个人信息”。");
    enContact += QStringLiteral(". Letters to this address marked \"Personal information\".");
    content.setField(QStringLiteral("zh_CN"), core::NoticeField::ProcessorContact, zhContact);
    content.setField(QStringLiteral("en"), core::NoticeField::ProcessorContact, enContact);

    QString zhOfficer = QStringLiteral("个人信息保护负责人：%1物业服务中心主任，电话 %2，或来信寄至%3并注明"
                                       "“个人信息保护负责人收”")
                            .arg(n, p, a);
    QString enOfficer = QStringLiteral("Personal-information protection officer: the manager of the property service "
                                       "centre of %1, telephone %2, or by letter to %3 marked \"For the "
                                       "personal-information officer\"")
                            .arg(n, p, a);
    if (!e.isEmpty()) {
        zhOfficer += QStringLiteral("，或发送电子邮件至 %1").arg(e);
        enOfficer += QStringLiteral(", or by email to %1").arg(e);
    }
    content.setField(QStringLiteral("zh_CN"), core::NoticeField::PiContact, zhOfficer + QStringLiteral("。"));
    content.setField(QStringLiteral("en"), core::NoticeField::PiContact, enOfficer + QStringLiteral("."));
    return content;
}

} // namespace cg::services
