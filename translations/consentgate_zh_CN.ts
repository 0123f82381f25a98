<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cg::cli</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty ConsentGate database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created database %1 (ID %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 (ID %2) already exists and is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed a realistic demo compound (creates the database if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of residents (default 1500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --residents must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database (safe while the console is writing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: encrypted fields in the copy can only be read with this database&apos;s key; keep a key export (consentgate key export) with the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the tamper-evident audit log (exit 0 intact, 1 broken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: consentgate audit verify --database PATH [--key-dir DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries checked, newest #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain head #%1 (kept in the key folder) confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded %1 residents (%2 minors, %8 with ID numbers) in %3 units, %4 buildings, %5 compounds, %6 doors in %7 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: consentgate key export --database PATH --out FILE --passphrase-file FILE|-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of database %1 exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the export and its passphrase in different places: together they open every encrypted field of this database and its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: consentgate key import --database PATH --in FILE --passphrase-file FILE|- [--replace]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key export belongs to database %1, not to %2 (ID %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key export does not match the key check value stored in %1: it is the key of another installation that used the same database ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different key for this database is already installed at %1. Add --replace to set it aside and install the imported key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the old key file %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous key file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of database %1 was already installed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of database %1 installed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the database key protected by a passphrase, or import such an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the key export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key export to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the passphrase, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside a different key already installed for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: consentgate key export|import (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::cli::BenchCommand</name>
    <message>
        <source>Measure face detection and blur: timings per stage, accuracy on an annotated folder.</source>
        <translation>测量人脸检测与打码：各阶段耗时，以及在标注文件夹上的准确率。</translation>
    </message>
    <message>
        <source>Video file to run through the pipeline.</source>
        <translation>要送入处理流程的视频文件。</translation>
    </message>
    <message>
        <source>Folder of images (with annotations.txt for accuracy).</source>
        <translation>图片文件夹（含 annotations.txt 时计算准确率）。</translation>
    </message>
    <message>
        <source>Detector: yunet, blazeface or haar (default: the best available).</source>
        <translation>检测器：yunet、blazeface 或 haar（默认：可用的最佳检测器）。</translation>
    </message>
    <message>
        <source>Frames to read from a video (default 300).</source>
        <translation>从视频读取的帧数（默认 300）。</translation>
    </message>
    <message>
        <source>Longer side of the copy detection runs on (default 640).</source>
        <translation>用于检测的缩小副本的长边像素（默认 640）。</translation>
    </message>
    <message>
        <source>Skip the stock cascade comparison.</source>
        <translation>跳过与标准级联分类器的对比。</translation>
    </message>
    <message>
        <source>error: unknown bench “%1”; try: bench detect</source>
        <translation>错误：未知的基准测试“%1”；请使用：bench detect</translation>
    </message>
    <message>
        <source>error: --frames must be a positive whole number</source>
        <translation>错误：--frames 必须是正整数</translation>
    </message>
    <message>
        <source>error: --max-side must be at least 64</source>
        <translation>错误：--max-side 至少为 64</translation>
    </message>
</context>
<context>
    <name>cg::core</name>
    <message>
        <source>The file starts as UTF-8 but contains bytes that are not UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030/GBK text. Save it from the spreadsheet as “CSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains NUL characters; it is not a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other occupant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column means the same as “%1”; keep only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row has no “%1” (%2) column; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row of the file cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a role: use owner/业主, tenant/租户, family/家属 or occupant/其他.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2024-03-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language: use 中文/zh_CN or English/en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown accessibility need: use large_print/大字, assisted_signing/协助签字 or read_aloud/朗读.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident ID number has only digits, and X as the last character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number does not start with a valid province code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date inside the ID number (characters 7–14) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date inside the ID number lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of the ID number is wrong (expected %1): one of the digits is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passport number has only Latin letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passport number contains digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use a mobile number (11 digits starting with 1), a landline with area code (0571-87654321) or an international number starting with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit the resident lives in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date differs from the one in the ID number (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is before 1880.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident under 14 needs a guardian: choose an adult resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident cannot be their own guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian must be an adult (18 or older).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian has moved out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move-out date is before the move-in date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lease ends before the move-in date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferred language must be Chinese or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are longer than 2,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::core::Consent</name>
    <message>
        <source>Agreed to face recognition</source>
        <translation>同意人脸识别</translation>
    </message>
    <message>
        <source>Did not agree to face recognition</source>
        <translation>不同意人脸识别</translation>
    </message>
    <message>
        <source>Withdrew consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation>同意已到期</translation>
    </message>
    <message>
        <source>Signed at the desk</source>
        <translation>前台当面签字</translation>
    </message>
    <message>
        <source>Paper form (scan)</source>
        <translation>纸质表格（扫描件）</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Automatic (retention rule)</source>
        <translation>自动（保存期限规则）</translation>
    </message>
    <message>
        <source>New notice changes purpose, method or data</source>
        <translation>新版告知书变更了目的、方式或信息种类</translation>
    </message>
    <message>
        <source>Turned 14: must be asked in person</source>
        <translation>已满 14 周岁：须本人重新确认</translation>
    </message>
    <message>
        <source>Guardian who consented moved out</source>
        <translation>作出同意的监护人已搬离</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>尚未征求意见</translation>
    </message>
    <message>
        <source>Face consent active</source>
        <translation>已同意人脸识别</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
</context>
<context>
    <name>cg::core::CsvParser</name>
    <message>
        <source>Line %1: unexpected text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::core::Notice</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Who processes your data</source>
        <translation>个人信息处理者</translation>
    </message>
    <message>
        <source>How to contact us</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Data we process</source>
        <translation>处理的个人信息种类</translation>
    </message>
    <message>
        <source>How long we keep it</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Why it is needed and what it means for you</source>
        <translation>必要性及对您的影响</translation>
    </message>
    <message>
        <source>How to withdraw and exercise your rights</source>
        <translation>如何撤回同意及行使您的权利</translation>
    </message>
    <message>
        <source>Personal-information contact</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>The %1 notice has no “%2”. Fill it in before publishing.</source>
        <translation>%1告知书缺少“%2”。请填写后再发布。</translation>
    </message>
</context>
<context>
    <name>cg::core::Role</name>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Building manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::reports</name>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::reports::ConsentReceipt</name>
    <message>
        <source>Face recognition consent receipt</source>
        <translation>人脸识别同意回执</translation>
    </message>
    <message>
        <source>Keep this receipt</source>
        <translation>请保留此回执</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Decided and signed by guardian</source>
        <translation>由监护人决定并签字</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>告知书版本</translation>
    </message>
    <message>
        <source>Notice SHA-256</source>
        <translation>告知书 SHA-256</translation>
    </message>
    <message>
        <source>Your way in without your face</source>
        <translation>不刷脸的通行方式</translation>
    </message>
    <message>
        <source>Face data deleted</source>
        <translation>已删除的人脸信息</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signature on file (kept encrypted by the property service centre)</source>
        <translation>签名已存档（由物业服务中心加密保存）</translation>
    </message>
    <message>
        <source>What you decided about</source>
        <translation>您所决定的事项</translation>
    </message>
    <message>
        <source>How to withdraw or change your mind</source>
        <translation>如何撤回或改变决定</translation>
    </message>
    <message>
        <source>Refusing or withdrawing never costs you access: a card, PIN or QR code opens the same doors.</source>
        <translation>不同意或撤回同意都不会影响您通行：门禁卡、密码或二维码可以打开同样的门。</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>致</translation>
    </message>
    <message>
        <source>Take your time: you can decide later at the front desk. Saying no costs you nothing.</source>
        <translation>您可以慢慢考虑，之后再到前台决定。不同意不会给您带来任何不利影响。</translation>
    </message>
</context>
<context>
    <name>cg::reports::PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::security</name>
    <message>
        <source>The database ID “%1” is not valid; the database is damaged or not a ConsentGate database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::security::ChainHeadFile</name>
    <message>
        <source>Cannot read the audit chain head %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain head %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain head %1 belongs to another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit chain head %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::security::KeyExport</name>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the key export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ConsentGate key export, or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to open the key export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key export file was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::security::Keyring</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file for this database already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for database %1 is missing: %2 does not exist. Encrypted data cannot be read without it. Import the key from a key export (consentgate key import) or restore the key folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ConsentGate key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 belongs to database %2, not to this database (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot allocate protected memory for the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted field is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted field failed its integrity check (tampered, moved to another record, or sealed with another key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::services</name>
    <message>
        <source>#%1 (%2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::services::AuditTrail</name>
    <message>
        <source>Entry #1 is missing: the log starts at entry #%1, so the oldest entries were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry #%1 is missing: the log jumps from entry #%2 to entry #%3, so entries were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not match its seal: it was edited, moved, or inserted, or the entry before it was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 differs from the chain head kept in the key folder: the log was rewritten from this entry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is empty, but the chain head in the key folder records entry #%1: every entry was deleted (or this is an older copy of the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at entry #%1, but the chain head in the key folder records entry #%2: the newest entries from #%3 on were removed (or this is an older copy of the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chain head was found in the key folder, so removal of the newest entries cannot be ruled out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::services::Authorizer</name>
    <message>
        <source>%1 (%2) may not do this (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::services::ConsentService</name>
    <message>
        <source>Consent expiry must be between 0 (never) and 3650 days.</source>
        <translation>同意有效期须在 0（不到期）至 3650 天之间。</translation>
    </message>
    <message>
        <source>The grace period must be between 0 and 365 days.</source>
        <translation>宽限期须在 0 至 365 天之间。</translation>
    </message>
    <message>
        <source>There is no resident with the number %1.</source>
        <translation>没有编号为 %1 的住户。</translation>
    </message>
    <message>
        <source>No credential service is available, so no card, PIN or QR code can be issued. Nothing was recorded.</source>
        <translation>凭证服务不可用，无法发放门禁卡、密码或二维码。本次未作任何记录。</translation>
    </message>
    <message>
        <source>%1 has moved out.</source>
        <translation>%1 已搬离。</translation>
    </message>
    <message>
        <source>No notice is published yet; an administrator must publish one.</source>
        <translation>尚未发布告知书，须由管理员先发布。</translation>
    </message>
    <message>
        <source>The resident was shown an old notice; show the current version %1 and ask again.</source>
        <translation>向住户展示的是旧版告知书；请展示现行第 %1 版后重新征求意见。</translation>
    </message>
    <message>
        <source>%1 is under 14: their guardian must decide and sign.</source>
        <translation>%1 未满 14 周岁：须由其监护人决定并签字。</translation>
    </message>
    <message>
        <source>Only the guardian linked to %1 may decide for them.</source>
        <translation>只有登记为 %1 监护人的人可以代为决定。</translation>
    </message>
    <message>
        <source>The linked guardian has moved out; link a new guardian first.</source>
        <translation>登记的监护人已搬离，请先登记新的监护人。</translation>
    </message>
    <message>
        <source>%1 is 14 or older and decides for themselves.</source>
        <translation>%1 已满 14 周岁，由本人决定。</translation>
    </message>
    <message>
        <source>The decision has not been signed.</source>
        <translation>尚未签字确认。</translation>
    </message>
    <message>
        <source>Attach the scan of the signed paper form.</source>
        <translation>请附上已签字纸质表格的扫描件。</translation>
    </message>
    <message>
        <source>A decision on face recognition must be signed at the desk or on paper.</source>
        <translation>是否同意人脸识别须在前台签字或以纸质表格签字确认。</translation>
    </message>
    <message>
        <source>%1 has no active face consent to withdraw (%2).</source>
        <translation>%1 没有可撤回的人脸识别同意（%2）。</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>收到日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The date received is before the consent was given.</source>
        <translation>收到日期早于作出同意的日期。</translation>
    </message>
    <message>
        <source>The withdrawal has not been signed.</source>
        <translation>撤回尚未签字确认。</translation>
    </message>
    <message>
        <source>Attach the scan of the letter or form.</source>
        <translation>请附上信件或表格的扫描件。</translation>
    </message>
    <message>
        <source>The scan is not an image file ConsentGate can read.</source>
        <translation>扫描件不是 ConsentGate 能读取的图片文件。</translation>
    </message>
    <message>
        <source>Choose how the withdrawal arrived.</source>
        <translation>请选择撤回的提出方式。</translation>
    </message>
    <message>
        <source>This record has no signature.</source>
        <translation>此记录没有签名。</translation>
    </message>
</context>
<context>
    <name>cg::services::EnrolmentService</name>
    <message>
        <source>No face detector is available.</source>
        <translation>没有可用的人脸检测器。</translation>
    </message>
    <message>
        <source>Face enrolment needs the resident&apos;s active consent (now: %1).</source>
        <translation>登记人脸须经住户同意且同意有效（当前：%1）。</translation>
    </message>
    <message>
        <source>This enrolment no longer exists.</source>
        <translation>该人脸登记已不存在。</translation>
    </message>
</context>
<context>
    <name>cg::services::FaceQualityGate</name>
    <message>
        <source>The image could not be read.</source>
        <translation>无法读取该图片。</translation>
    </message>
    <message>
        <source>Face detection failed: %1</source>
        <translation>人脸检测失败：%1</translation>
    </message>
    <message>
        <source>No face was found. Ask the resident to face the camera, or use another photo.</source>
        <translation>未找到人脸。请住户正对摄像头，或换一张照片。</translation>
    </message>
    <message numerus="yes">
        <source>%n faces were found; the photo must show only the resident.</source>
        <translation>
            <numerusform>找到 %n 张人脸；照片中只能有住户本人。</numerusform>
        </translation>
    </message>
    <message>
        <source>The face is too small (%1 px high, at least %2 px needed). Come closer or use a larger photo.</source>
        <translation>人脸太小（高 %1 像素，至少需要 %2 像素）。请靠近一些或使用更大的照片。</translation>
    </message>
    <message>
        <source>The face is blurred (sharpness %1, at least %2 needed). Hold still and try again.</source>
        <translation>人脸模糊（清晰度 %1，至少需要 %2）。请保持不动后重试。</translation>
    </message>
    <message>
        <source>The face is too dark. Add light in front of the resident.</source>
        <translation>人脸太暗。请在住户正面补光。</translation>
    </message>
    <message>
        <source>The face is too bright or washed out. Avoid direct light or a window behind the camera.</source>
        <translation>人脸过亮或过曝。请避免强光直射，或摄像头对面不要有窗户。</translation>
    </message>
</context>
<context>
    <name>cg::services::NoticeService</name>
    <message>
        <source>The grace period must be between 0 and 365 days.</source>
        <translation>宽限期须在 0 至 365 天之间。</translation>
    </message>
    <message>
        <source>This text is already published as version %1.</source>
        <translation>此内容已作为第 %1 版发布。</translation>
    </message>
</context>
<context>
    <name>cg::services::ServiceDeps</name>
    <message>
        <source>The key file %1 is not the key of this database (its check value %2 does not match %3 stored in the database). Encrypted data and the audit log cannot be read with it. Import the right key with “consentgate key import --replace” from a key export of this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::storage</name>
    <message>
        <source>%1 is not a ConsentGate database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (integrity check: %2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a ConsentGate database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer ConsentGate (schema %2, needs version %3 or later; this is %4). Install the newer version; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::storage::Database</name>
    <message>
        <source>There is no database at %1. Create one with “consentgate init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a ConsentGate database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ConsentGate database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has an older schema (%2) and must be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the backup into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::storage::DemoSeeder</name>
    <message>
        <source>The number of residents must be between 1 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::storage::EnrolmentRepository</name>
    <message>
        <source>That device deletion is not pending (already confirmed?).</source>
        <translation>该设备删除任务不在待办中（可能已确认）。</translation>
    </message>
    <message>
        <source>That face enrolment no longer exists.</source>
        <translation>该人脸登记已不存在。</translation>
    </message>
</context>
<context>
    <name>cg::storage::NoticeRepository</name>
    <message>
        <source>Someone else changed the notice draft meanwhile. Reload it and make your change again.</source>
        <translation>告知书草稿已被他人修改。请重新加载后再修改。</translation>
    </message>
</context>
<context>
    <name>cg::storage::ResidentRepository</name>
    <message>
        <source>Unit %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or removed this resident since you opened it. Close the editor, open the resident again and repeat your change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ui::HelpDialogs</name>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>ConsentGate user guide</source>
        <translation>ConsentGate 使用指南</translation>
    </message>
    <message>
        <source>Consent-first access console for residential compounds. Face data is processed on this computer only.</source>
        <translation>住宅小区的同意优先门禁控制台。人脸数据只在本机处理。</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Key folder:</source>
        <translation>密钥文件夹：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Face detector models and their licences</source>
        <translation>人脸检测模型及其许可证</translation>
    </message>
    <message>
        <source>not installed on this computer</source>
        <translation>本机未安装</translation>
    </message>
    <message>
        <source>Built with Qt %1, OpenCV, SQLite, libsodium and libqrencode. Icons: KDE Breeze (LGPL-3.0-or-later).</source>
        <translation>基于 Qt %1、OpenCV、SQLite、libsodium 和 libqrencode 构建。图标：KDE Breeze（LGPL-3.0 或更高版本）。</translation>
    </message>
    <message>
        <source>About ConsentGate</source>
        <translation>关于 ConsentGate</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About ConsentGate</source>
        <translation>关于 ConsentGate(&amp;A)</translation>
    </message>
</context>
<context>
    <name>cg::ui::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentGate — consent-first access console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentGate %1 — face recognition only for residents who freely agreed, and an equal card, PIN or QR code for everyone else. Data is processed on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::vision::AnnotationSet</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Line %1: expected “FILE N”.</source>
        <translation>第 %1 行：应为“文件名 数量”。</translation>
    </message>
    <message>
        <source>Line %1: expected “x y w h ignore”.</source>
        <translation>第 %1 行：应为“x y 宽 高 忽略标记”。</translation>
    </message>
    <message>
        <source>Line %1: expected numbers.</source>
        <translation>第 %1 行：应为数字。</translation>
    </message>
    <message>
        <source>The file ends %1 boxes early.</source>
        <translation>文件提前结束，缺少 %1 个人脸框。</translation>
    </message>
</context>
<context>
    <name>cg::vision::CameraPipeline</name>
    <message>
        <source>No new frame for %1 s</source>
        <translation>已 %1 秒没有新画面</translation>
    </message>
</context>
<context>
    <name>cg::vision::DetectBench</name>
    <message>
        <source>error: give exactly one of --video FILE or --images DIR</source>
        <translation>错误：请只指定 --video 文件 或 --images 文件夹 其中之一</translation>
    </message>
    <message>
        <source>error: unknown detector “%1” (yunet, blazeface, haar)</source>
        <translation>错误：未知的检测器“%1”（可选 yunet、blazeface、haar）</translation>
    </message>
    <message>
        <source>error: no images in %1</source>
        <translation>错误：%1 中没有图片</translation>
    </message>
    <message>
        <source>cannot read image %1</source>
        <translation>无法读取图片 %1</translation>
    </message>
    <message>
        <source>error: no frames decoded</source>
        <translation>错误：没有解码出任何画面</translation>
    </message>
</context>
<context>
    <name>cg::vision::FaceDetector</name>
    <message>
        <source>Face detection failed: %1</source>
        <translation>人脸检测失败：%1</translation>
    </message>
    <message>
        <source>The Haar cascade %1 could not be read.</source>
        <translation>无法读取 Haar 级联模型 %1。</translation>
    </message>
    <message>
        <source>Unknown detector.</source>
        <translation>未知的检测器。</translation>
    </message>
    <message>
        <source>No face model found: using the slower, less accurate Haar cascade. %1</source>
        <translation>未找到人脸检测模型：改用较慢、准确率较低的 Haar 级联检测。%1</translation>
    </message>
    <message>
        <source>Using %2 face detection. %1</source>
        <translation>使用 %2 人脸检测。%1</translation>
    </message>
    <message>
        <source>No face detector is available: %1</source>
        <translation>没有可用的人脸检测器：%1</translation>
    </message>
</context>
<context>
    <name>cg::vision::FrameSource</name>
    <message>
        <source>The video file %1 does not exist.</source>
        <translation>视频文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The camera %1 is not connected.</source>
        <translation>摄像头 %1 未连接。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Could not open %1 (no answer, wrong address or credentials, or an unsupported format).</source>
        <translation>无法打开 %1（无响应、地址或账号密码错误，或格式不受支持）。</translation>
    </message>
    <message>
        <source>The stream is not open.</source>
        <translation>视频流未打开。</translation>
    </message>
    <message>
        <source>No frame from %1.</source>
        <translation>%1 没有传来画面。</translation>
    </message>
    <message>
        <source>Unsupported pixel format.</source>
        <translation>不支持的像素格式。</translation>
    </message>
</context>
<context>
    <name>cg::vision::ModelStore</name>
    <message>
        <source>“%1” is not a model this version trusts.</source>
        <translation>“%1”不是本版本信任的模型。</translation>
    </message>
    <message>
        <source>The model file %1 does not match its published checksum and was not loaded.</source>
        <translation>模型文件 %1 与公布的校验值不符，未加载。</translation>
    </message>
    <message>
        <source>Model %1 not found in: %2</source>
        <translation>在以下位置未找到模型 %1：%2</translation>
    </message>
    <message>
        <source>The Haar face cascade (package opencv-data) is not installed.</source>
        <translation>未安装 Haar 人脸级联模型（opencv-data 软件包）。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in a read-only location; ConsentGate needs to write the file and its journal beside it. Copy it to a writable folder or fix the permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder holding the database keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with face detector models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentGate console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ConsentGate database at
%1

Create a new one there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
