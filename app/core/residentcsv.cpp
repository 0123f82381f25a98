#include "core/residentcsv.h"

#include "core/residentrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cg::core {

namespace {

// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller and is never translated).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::core::ResidentCsv)
};

QString simplifyHeader(const QString& header)
{
    QString h = header.trimmed().toLower();
    for (QChar cut : {QChar(u'('), QChar(0xFF08)}) {
        const qsizetype at = h.indexOf(cut);
        if (at > 0)
            h.truncate(at);
    }
    QString out;
    for (QChar c : h) {
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('*')
            && c != QChar(0xFEFF))
            out += c;
    }
    return out;
}

const QHash<QString, ResidentColumn>& headerAliases()
{
    static const QHash<QString, ResidentColumn> aliases = [] {
        QHash<QString, ResidentColumn> a;
        auto add = [&a](ResidentColumn c, std::initializer_list<const char*> names) {
            for (const char* n : names)
                a.insert(simplifyHeader(QString::fromUtf8(n)), c);
        };
        add(ResidentColumn::Compound, {"compound", "community", "小区", "小区名称", "项目"});
        add(ResidentColumn::Building, {"building", "楼栋", "楼号", "楼栋号", "楼栋名称", "幢", "栋"});
        add(ResidentColumn::Unit, {"unit", "room", "flat", "apartment", "房号", "房屋", "房间号", "户号", "门牌号",
                                   "单元", "房屋编号"});
        add(ResidentColumn::Name, {"name", "full name", "resident", "姓名", "住户姓名", "名字"});
        add(ResidentColumn::Role, {"role", "relation", "type", "身份", "关系", "住户类型", "类型", "角色", "与业主关系"});
        add(ResidentColumn::Phone, {"phone", "mobile", "telephone", "tel", "phone number", "电话", "手机", "手机号",
                                    "联系电话", "手机号码", "电话号码"});
        add(ResidentColumn::IdNumber, {"id number", "id", "id_number", "passport", "document number", "证件号码",
                                       "身份证号", "身份证号码", "证件号", "身份证"});
        add(ResidentColumn::BirthDate, {"birth date", "birthday", "date of birth", "dob", "出生日期", "生日"});
        add(ResidentColumn::Language, {"language", "语言", "首选语言"});
        add(ResidentColumn::Accessibility, {"accessibility", "accessibility needs", "无障碍需求", "无障碍", "特殊需求"});
        add(ResidentColumn::MoveIn, {"move in", "move-in date", "move in date", "入住日期", "入住时间"});
        add(ResidentColumn::MoveOut, {"move out", "move-out date", "move out date", "迁出日期", "搬离日期", "迁出时间"});
        add(ResidentColumn::LeaseEnd, {"lease end", "lease end date", "租期结束", "租约到期", "租期至"});
        add(ResidentColumn::Guardian, {"guardian", "监护人", "监护人姓名"});
        add(ResidentColumn::Notes, {"notes", "note", "remarks", "备注", "说明"});
        return a;
    }();
    return aliases;
}

} // namespace

QList<ResidentColumn> allResidentColumns()
{
    return {ResidentColumn::Compound, ResidentColumn::Building, ResidentColumn::Unit, ResidentColumn::Name,
            ResidentColumn::Role, ResidentColumn::Phone, ResidentColumn::IdNumber, ResidentColumn::BirthDate,
            ResidentColumn::Language, ResidentColumn::Accessibility, ResidentColumn::MoveIn, ResidentColumn::MoveOut,
            ResidentColumn::LeaseEnd, ResidentColumn::Guardian, ResidentColumn::Notes};
}

QString residentColumnKey(ResidentColumn column)
{
    switch (column) {
    case ResidentColumn::Compound: return QStringLiteral("compound");
    case ResidentColumn::Building: return QStringLiteral("building");
    case ResidentColumn::Unit: return QStringLiteral("unit");
    case ResidentColumn::Name: return QStringLiteral("name");
    case ResidentColumn::Role: return QStringLiteral("role");
    case ResidentColumn::Phone: return QStringLiteral("phone");
    case ResidentColumn::IdNumber: return QStringLiteral("id_number");
    case ResidentColumn::BirthDate: return QStringLiteral("birth_date");
    case ResidentColumn::Language: return QStringLiteral("language");
    case ResidentColumn::Accessibility: return QStringLiteral("accessibility");
    case ResidentColumn::MoveIn: return QStringLiteral("move_in");
    case ResidentColumn::MoveOut: return QStringLiteral("move_out");
    case ResidentColumn::LeaseEnd: return QStringLiteral("lease_end");
    case ResidentColumn::Guardian: return QStringLiteral("guardian");
    case ResidentColumn::Notes: return QStringLiteral("notes");
    }
    return {};
}

QString residentColumnChineseHeader(ResidentColumn column)
{
    switch (column) {
    case ResidentColumn::Compound: return QStringLiteral("小区");
    case ResidentColumn::Building: return QStringLiteral("楼栋");
    case ResidentColumn::Unit: return QStringLiteral("房号");
    case ResidentColumn::Name: return QStringLiteral("姓名");
    case ResidentColumn::Role: return QStringLiteral("身份");
    case ResidentColumn::Phone: return QStringLiteral("手机号");
    case ResidentColumn::IdNumber: return QStringLiteral("证件号码");
    case ResidentColumn::BirthDate: return QStringLiteral("出生日期");
    case ResidentColumn::Language: return QStringLiteral("语言");
    case ResidentColumn::Accessibility: return QStringLiteral("无障碍需求");
    case ResidentColumn::MoveIn: return QStringLiteral("入住日期");
    case ResidentColumn::MoveOut: return QStringLiteral("迁出日期");
    case ResidentColumn::LeaseEnd: return QStringLiteral("租期结束");
    case ResidentColumn::Guardian: return QStringLiteral("监护人");
    case ResidentColumn::Notes: return QStringLiteral("备注");
    }
    return {};
}

std::optional<ResidentColumn> residentColumnFromHeader(const QString& header)
{
    const QString key = simplifyHeader(header);
    auto it = headerAliases().constFind(key);
    if (it != headerAliases().constEnd())
        return *it;
    for (ResidentColumn c : allResidentColumns()) {
        if (simplifyHeader(residentColumnKey(c)) == key)
            return c;
    }
    return std::nullopt;
}

QString ResidentCsvLayout::header(ResidentColumn column) const
{
    const int i = index.value(column, -1);
    return i >= 0 && i < headers.size() ? headers.at(i) : residentColumnKey(column);
}

Result<ResidentCsvLayout> residentCsvLayout(const QStringList& headerCells, QList<CsvIssue>* issues)
{
    ResidentCsvLayout layout;
    layout.headers = headerCells;
    bool failed = false;
    for (int i = 0; i < headerCells.size(); ++i) {
        const QString cell = headerCells.at(i).trimmed();
        if (cell.isEmpty())
            continue;
        const auto column = residentColumnFromHeader(cell);
        if (!column) {
            layout.ignored << cell;
            continue;
        }
        if (layout.index.contains(*column)) {
            issues->append({1, cell, Tr::tr("This column means the same as “%1”; keep only one of them.")
                                          .arg(headerCells.at(layout.index.value(*column)))});
            failed = true;
            continue;
        }
        layout.index.insert(*column, i);
    }
    for (ResidentColumn required : {ResidentColumn::Building, ResidentColumn::Unit, ResidentColumn::Name}) {
        if (!layout.index.contains(required)) {
            issues->append({1, residentColumnKey(required),
                            Tr::tr("The header row has no “%1” (%2) column; it is required.")
                                .arg(residentColumnKey(required), residentColumnChineseHeader(required))});
            failed = true;
        }
    }
    if (failed)
        return Error::invalid(QStringLiteral("header"), Tr::tr("The header row of the file cannot be used."));
    return layout;
}

QDate parseCsvDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(\\d{2})(\\d{2}))"
                       "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? m.captured(4).toInt() : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? m.captured(5).toInt() : m.captured(3).toInt();
    return QDate(year, month, day);
}

std::optional<ResidentRole> parseCsvRole(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return ResidentRole::Owner;
    if (auto role = residentRoleFromKey(t))
        return role;
    static const QHash<QString, ResidentRole> words = {
        {QStringLiteral("业主"), ResidentRole::Owner},     {QStringLiteral("产权人"), ResidentRole::Owner},
        {QStringLiteral("房主"), ResidentRole::Owner},     {QStringLiteral("租户"), ResidentRole::Tenant},
        {QStringLiteral("租客"), ResidentRole::Tenant},    {QStringLiteral("承租人"), ResidentRole::Tenant},
        {QStringLiteral("家属"), ResidentRole::Family},    {QStringLiteral("家庭成员"), ResidentRole::Family},
        {QStringLiteral("family member"), ResidentRole::Family}, {QStringLiteral("其他"), ResidentRole::Occupant},
        {QStringLiteral("使用人"), ResidentRole::Occupant}, {QStringLiteral("其他住户"), ResidentRole::Occupant},
        {QStringLiteral("other occupant"), ResidentRole::Occupant}, {QStringLiteral("其他居住人"), ResidentRole::Occupant},
    };
    auto it = words.constFind(t);
    if (it != words.constEnd())
        return *it;
    return std::nullopt;
}

QString parseCsvLanguage(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("zh_cn") || t == QLatin1String("zh") || t == QLatin1String("chinese")
        || t == QStringLiteral("中文") || t == QStringLiteral("汉语") || t == QStringLiteral("简体中文"))
        return QStringLiteral("zh_CN");
    if (t == QLatin1String("en") || t == QLatin1String("english") || t == QStringLiteral("英文")
        || t == QStringLiteral("英语"))
        return QStringLiteral("en");
    return {};
}

namespace {

std::optional<AccessibilityNeeds> parseAccessibility(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;、|，；/]"));
    AccessibilityNeeds needs = 0;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toLower();
        if (p == QLatin1String("large_print") || p == QLatin1String("large print") || p == QStringLiteral("大字")
            || p == QStringLiteral("大字体"))
            needs |= unsigned(AccessibilityNeed::LargePrint);
        else if (p == QLatin1String("assisted_signing") || p == QLatin1String("assisted signing")
                 || p == QStringLiteral("协助签字") || p == QStringLiteral("辅助签名") || p == QStringLiteral("协助签名"))
            needs |= unsigned(AccessibilityNeed::AssistedSigning);
        else if (p == QLatin1String("read_aloud") || p == QLatin1String("read aloud") || p == QStringLiteral("朗读")
                 || p == QStringLiteral("语音朗读"))
            needs |= unsigned(AccessibilityNeed::ReadAloud);
        else if (!p.isEmpty() && p != QStringLiteral("无") && p != QLatin1String("none"))
            return std::nullopt;
    }
    return needs;
}

} // namespace

std::optional<ResidentCsvRow> parseResidentCsvRow(const ResidentCsvLayout& layout, const QStringList& fields, int line,
                                                  QList<CsvIssue>* issues)
{
    auto cell = [&](ResidentColumn c) -> QString {
        const int i = layout.index.value(c, -1);
        return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
    };
    const qsizetype before = issues->size();
    auto problem = [&](ResidentColumn c, const QString& reason) { issues->append({line, layout.header(c), reason}); };

    ResidentCsvRow row;
    row.line = line;
    row.compound = cell(ResidentColumn::Compound);
    row.building = cell(ResidentColumn::Building);
    row.unit = cell(ResidentColumn::Unit);
    row.guardianName = cell(ResidentColumn::Guardian);
    Resident& r = row.resident;
    r.name = cell(ResidentColumn::Name);
    if (row.building.isEmpty())
        problem(ResidentColumn::Building, Tr::tr("The building is missing."));
    if (row.unit.isEmpty())
        problem(ResidentColumn::Unit, Tr::tr("The unit is missing."));
    if (r.name.isEmpty())
        problem(ResidentColumn::Name, Tr::tr("The name is missing."));
    if (auto role = parseCsvRole(cell(ResidentColumn::Role)))
        r.role = *role;
    else
        problem(ResidentColumn::Role, Tr::tr("“%1” is not a role: use owner/业主, tenant/租户, family/家属 or occupant/其他.")
                                          .arg(cell(ResidentColumn::Role).left(30)));
    r.phone = cell(ResidentColumn::Phone);
    if (auto status = validatePhone(r.phone); !status)
        problem(ResidentColumn::Phone, status.error().message);
    else
        r.phone = r.phone.isEmpty() ? QString() : normalizePhone(r.phone);
    row.idNumber = normalizeIdNumber(cell(ResidentColumn::IdNumber));
    if (!row.idNumber.isEmpty()) {
        r.idKind = guessIdKind(row.idNumber);
        if (auto status = validateIdNumber(r.idKind, row.idNumber); !status)
            problem(ResidentColumn::IdNumber, status.error().message);
    }
    struct DateField
    {
        ResidentColumn column;
        QDate* target;
    };
    for (const DateField& d : {DateField{ResidentColumn::BirthDate, &r.birthDate}, DateField{ResidentColumn::MoveIn, &r.moveIn},
                               DateField{ResidentColumn::MoveOut, &r.moveOut}, DateField{ResidentColumn::LeaseEnd, &r.leaseEnd}}) {
        const QString text = cell(d.column);
        if (text.isEmpty())
            continue;
        *d.target = parseCsvDate(text);
        if (!d.target->isValid())
            problem(d.column, Tr::tr("“%1” is not a date: write it as 2024-03-05.").arg(text.left(30)));
    }
    r.language = parseCsvLanguage(cell(ResidentColumn::Language));
    if (r.language.isEmpty())
        problem(ResidentColumn::Language, Tr::tr("“%1” is not a language: use 中文/zh_CN or English/en.")
                                              .arg(cell(ResidentColumn::Language).left(30)));
    if (auto needs = parseAccessibility(cell(ResidentColumn::Accessibility)))
        r.accessibility = *needs;
    else
        problem(ResidentColumn::Accessibility,
                Tr::tr("Unknown accessibility need: use large_print/大字, assisted_signing/协助签字 or read_aloud/朗读."));
    r.notes = cell(ResidentColumn::Notes);
    if (issues->size() != before)
        return std::nullopt;
    return row;
}

} // namespace cg::core
