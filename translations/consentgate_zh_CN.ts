<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cg::cli</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Cannot read the secret from %1: %2</source>
        <translation>无法从 %1 读取密钥信息：%2</translation>
    </message>
    <message>
        <source>Verify the tamper-evident audit log (exit 0 intact, 1 broken).</source>
        <translation>校验防篡改的审计日志（退出码 0 表示完整，1 表示已损坏）。</translation>
    </message>
    <message>
        <source>usage: consentgate audit verify --database PATH [--key-dir DIR]</source>
        <translation>用法：consentgate audit verify --database PATH [--key-dir DIR]</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry #%1: %2</source>
        <translation>审计日志在第 #%1 条处已损坏：%2</translation>
    </message>
    <message>
        <source>%1 entries before it are intact.</source>
        <translation>在此之前的 %1 条记录完好。</translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries checked, newest #%2.</source>
        <translation>审计日志完整：已校验 %1 条记录，最新一条为 #%2。</translation>
    </message>
    <message>
        <source>Chain head #%1 (kept in the key folder) confirmed.</source>
        <translation>已确认链头 #%1（保存在密钥文件夹中）。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Create an empty ConsentGate database (and its first administrator).</source>
        <translation>创建一个空的 ConsentGate 数据库（以及第一位管理员）。</translation>
    </message>
    <message>
        <source>Create the first administrator with this user name.</source>
        <translation>用此用户名创建第一位管理员。</translation>
    </message>
    <message>
        <source>File holding the administrator&apos;s password, or - for standard input.</source>
        <translation>存放管理员密码的文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>error: --admin NAME and --password-file FILE|- go together</source>
        <translation>错误：--admin NAME 和 --password-file FILE|- 必须同时使用</translation>
    </message>
    <message>
        <source>Created database %1 (ID %2).</source>
        <translation>已创建数据库 %1（编号 %2）。</translation>
    </message>
    <message>
        <source>Database %1 (ID %2) already exists and is up to date.</source>
        <translation>数据库 %1（编号 %2）已存在，且已是最新版本。</translation>
    </message>
    <message>
        <source>Its key is in %1 (export it with “consentgate key export”).</source>
        <translation>其密钥位于 %1（可用“consentgate key export”导出）。</translation>
    </message>
    <message>
        <source>Administrator “%1” created; sign in with this name in the console.</source>
        <translation>已创建管理员“%1”；请在控制台中用此用户名登录。</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>副本的保存位置。</translation>
    </message>
    <message>
        <source>error: --out FILE is required</source>
        <translation>错误：必须指定 --out FILE</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation>备份已写入 %1（%2 字节）。</translation>
    </message>
    <message>
        <source>Note: encrypted fields in the copy can only be read with this database&apos;s key; keep a key export (consentgate key export) with the backup.</source>
        <translation>注意：副本中的加密字段只能用本数据库的密钥读取；请将密钥导出文件（consentgate key export）与备份一起保存。</translation>
    </message>
    <message>
        <source>usage: consentgate key export --database PATH --out FILE --passphrase-file FILE|-</source>
        <translation>用法：consentgate key export --database PATH --out FILE --passphrase-file FILE|-</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Key of database %1 exported to %2.</source>
        <translation>数据库 %1 的密钥已导出到 %2。</translation>
    </message>
    <message>
        <source>Keep the export and its passphrase in different places: together they open every encrypted field of this database and its backups.</source>
        <translation>请把导出文件和口令分开保管：两者合在一起即可打开本数据库及其备份中的所有加密字段。</translation>
    </message>
    <message>
        <source>usage: consentgate key import --database PATH --in FILE --passphrase-file FILE|- [--replace]</source>
        <translation>用法：consentgate key import --database PATH --in FILE --passphrase-file FILE|- [--replace]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>This key export belongs to database %1, not to %2 (ID %3).</source>
        <translation>此密钥导出文件属于数据库 %1，而不属于 %2（编号 %3）。</translation>
    </message>
    <message>
        <source>This key export does not match the key check value stored in %1: it is the key of another installation that used the same database ID.</source>
        <translation>此密钥导出文件与 %1 中保存的密钥校验值不符：它是另一套使用相同数据库编号的安装的密钥。</translation>
    </message>
    <message>
        <source>A different key for this database is already installed at %1. Add --replace to set it aside and install the imported key.</source>
        <translation>%1 处已安装了此数据库的另一个密钥。加上 --replace 可将其移到一旁并安装导入的密钥。</translation>
    </message>
    <message>
        <source>Cannot move the old key file %1 aside.</source>
        <translation>无法将旧密钥文件 %1 移到一旁。</translation>
    </message>
    <message>
        <source>The previous key file was kept as %1.</source>
        <translation>原有的密钥文件已保留为 %1。</translation>
    </message>
    <message>
        <source>The key of database %1 was already installed in %2.</source>
        <translation>数据库 %1 的密钥已安装在 %2 中。</translation>
    </message>
    <message>
        <source>Key of database %1 installed in %2.</source>
        <translation>数据库 %1 的密钥已安装到 %2。</translation>
    </message>
    <message>
        <source>Export the database key protected by a passphrase, or import such an export.</source>
        <translation>导出受口令保护的数据库密钥，或导入这样的导出文件。</translation>
    </message>
    <message>
        <source>Where to write the key export.</source>
        <translation>密钥导出文件的保存位置。</translation>
    </message>
    <message>
        <source>The key export to import.</source>
        <translation>要导入的密钥导出文件。</translation>
    </message>
    <message>
        <source>File holding the passphrase, or - for standard input.</source>
        <translation>存放口令的文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Set aside a different key already installed for this database.</source>
        <translation>将此数据库已安装的另一个密钥移到一旁。</translation>
    </message>
    <message>
        <source>usage: consentgate key export|import (see --help)</source>
        <translation>用法：consentgate key export|import（参见 --help）</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Cannot read the passphrase from stdin.</source>
        <translation>无法从标准输入读取口令。</translation>
    </message>
    <message>
        <source>error: --with-key needs --passphrase-file FILE|- (the passphrase never goes on the command line)</source>
        <translation>错误：--with-key 需要 --passphrase-file FILE|-（口令绝不写在命令行上）</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked:</source>
        <translation>备份已写入 %1 并已核验：</translation>
    </message>
    <message>
        <source>  database %1, schema version %2, audit head %3</source>
        <translation>  数据库 %1，结构版本 %2，审计链头 %3</translation>
    </message>
    <message>
        <source>The copy passed the integrity check and the key opens with the passphrase. Keep the passphrase apart from the backup: without it the backup cannot be restored.</source>
        <translation>数据库副本通过了完整性检查，密钥可用口令打开。请将口令与备份分开保管：没有口令就无法恢复备份。</translation>
    </message>
    <message>
        <source>Back up the database and its key together (--with-key), checked after writing; without --with-key only a copy of the database file.</source>
        <translation>将数据库及其密钥一起备份（--with-key），写入后核验；不带 --with-key 时只复制数据库文件。</translation>
    </message>
    <message>
        <source>Write a backup folder: database copy, passphrase-protected key and manifest, checked after writing.</source>
        <translation>写入备份文件夹：数据库副本、口令保护的密钥和清单，写入后核验。</translation>
    </message>
    <message>
        <source>File holding the backup passphrase, or - for standard input.</source>
        <translation>存放备份口令的文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Put a backup (database and key) back; lists and applies again every deletion made after it.</source>
        <translation>恢复备份（数据库和密钥）；列出备份之后做过的每一项删除并重新执行。</translation>
    </message>
    <message>
        <source>The backup folder (written by “consentgate backup --with-key”).</source>
        <translation>备份文件夹（由“consentgate backup --with-key”写入）。</translation>
    </message>
    <message>
        <source>Only check the backup and show what restoring would do.</source>
        <translation>只检查备份，并显示恢复将会做什么。</translation>
    </message>
    <message>
        <source>Replace the existing database (it is set aside, not deleted).</source>
        <translation>替换现有数据库（现有数据库会被改名保留，不会删除）。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>演练模式：未做任何更改。</translation>
    </message>
    <message>
        <source>error: a database already exists at %1%2. Nothing was changed. Read what would be lost above, then run again with --force to replace it (it is set aside, not deleted).</source>
        <translation>错误：%1 已有数据库%2。未做任何更改。请阅读上面列出的将会丢失的内容，然后加上 --force 再运行以替换它（原数据库会被改名保留，不会删除）。</translation>
    </message>
    <message>
        <source> and it is newer than the backup</source>
        <translation>，且比备份更新</translation>
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
    <message>
        <source>Longer side of the copy detection runs on (default %1 px, as the single-camera live view).</source>
        <translation>检测所用缩小副本的长边像素（默认 %1，与单摄像头实时画面相同）。</translation>
    </message>
</context>
<context>
    <name>cg::cli::CameraCommand</name>
    <message>
        <source>Add, list or remove cameras.</source>
        <translation>添加、列出或删除摄像头。</translation>
    </message>
    <message>
        <source>Camera name.</source>
        <translation>摄像头名称。</translation>
    </message>
    <message>
        <source>file, v4l2, rtsp or mjpeg.</source>
        <translation>file、v4l2、rtsp 或 mjpeg。</translation>
    </message>
    <message>
        <source>Video file, /dev/v4l/by-id/… or URL without password.</source>
        <translation>视频文件、/dev/v4l/by-id/… 或不含密码的网址。</translation>
    </message>
    <message>
        <source>User name for a network camera.</source>
        <translation>网络摄像头的用户名。</translation>
    </message>
    <message>
        <source>File with the camera password (- for standard input).</source>
        <translation>包含摄像头密码的文件（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>error: no camera named “%1”</source>
        <translation>错误：没有名为“%1”的摄像头</translation>
    </message>
    <message>
        <source>Camera %1 added (id %2).</source>
        <translation>已添加摄像头 %1（编号 %2）。</translation>
    </message>
</context>
<context>
    <name>cg::cli::CredentialCommands</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>--door is required</source>
        <translation>必须提供 --door</translation>
    </message>
    <message>
        <source>there is no door “%1” (see: consentgate credential doors)</source>
        <translation>没有门“%1”（查看：consentgate credential doors）</translation>
    </message>
    <message>
        <source>give exactly one of --card, --qr or --unit</source>
        <translation>--card、--qr、--unit 三者只能且必须给出一个</translation>
    </message>
    <message>
        <source>--unit needs --pin-file (a PIN is never checked without the unit or a card)</source>
        <translation>--unit 需要同时给出 --pin-file（密码必须与房号或门禁卡一起核验）</translation>
    </message>
    <message>
        <source>--pin-file goes with --unit or --card</source>
        <translation>--pin-file 只能与 --unit 或 --card 一起使用</translation>
    </message>
    <message>
        <source>%1 (visitor of %2)</source>
        <translation>%1（%2 的访客）</translation>
    </message>
    <message>
        <source>ALLOWED at %1: %2, unit %3 (resident %4, %5 #%6)</source>
        <translation>允许通行（%1）：%2，房屋 %3（住户 %4，%5 #%6）</translation>
    </message>
    <message>
        <source>DENIED at %1: %2 (%3)</source>
        <translation>拒绝通行（%1）：%2（%3）</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（格式 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>QR badges</source>
        <translation>二维码通行卡</translation>
    </message>
    <message>
        <source>%1 badge(s) on %2 page(s) written to %3.</source>
        <translation>已将 %1 张通行卡（共 %2 页）写入 %3。</translation>
    </message>
    <message>
        <source>--type must be card, pin, qr or visitor</source>
        <translation>--type 必须是 card、pin、qr 或 visitor</translation>
    </message>
    <message>
        <source>batch issue for a building makes QR credentials (--type qr)</source>
        <translation>按楼栋批量发放只生成二维码凭证（--type qr）</translation>
    </message>
    <message>
        <source>--out BADGES.pdf is required: the QR codes exist only on that sheet</source>
        <translation>必须提供 --out BADGES.pdf：二维码只会出现在这份打印页上</translation>
    </message>
    <message>
        <source>there is no building “%1”</source>
        <translation>没有楼栋“%1”</translation>
    </message>
    <message>
        <source>Issued %1 QR credential(s) for %2 %3.</source>
        <translation>已为 %2 %3 发放 %1 个二维码凭证。</translation>
    </message>
    <message>
        <source>give --resident ID or --building BUILDING</source>
        <translation>请提供 --resident ID 或 --building 楼栋</translation>
    </message>
    <message>
        <source>a visitor pass needs --hours N (1 or more)</source>
        <translation>访客通行证需要 --hours N（至少 1 小时）</translation>
    </message>
    <message>
        <source>Issued %1 #%2 to %3 (%4), %5.</source>
        <translation>已向 %3（%4）发放%1 #%2，%5。</translation>
    </message>
    <message>
        <source>Card: decimal %1, hex %2, Wiegand-26 %3</source>
        <translation>门禁卡：十进制 %1，十六进制 %2，韦根26 %3</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>PIN (shown only now): %1</source>
        <translation>密码（仅此一次显示）：%1</translation>
    </message>
    <message>
        <source>QR payload (shown only now): %1</source>
        <translation>二维码内容（仅此一次显示）：%1</translation>
    </message>
    <message>
        <source>PIN slip written to %1.</source>
        <translation>密码单已写入 %1。</translation>
    </message>
    <message>
        <source>%1 credential(s) expired.</source>
        <translation>%1 个凭证已过期。</translation>
    </message>
    <message>
        <source>Coverage violations: %1 resident(s) without face consent lack a usable card, PIN or QR code for some door they may use.</source>
        <translation>覆盖缺口：%1 位未同意人脸识别的住户，对其有权通行的某些门缺少可用的门禁卡、密码或二维码。</translation>
    </message>
    <message>
        <source>Verify a card, QR code or PIN at a door (exit 0 allowed, 1 denied); issue credentials and QR badge sheets; expire; coverage.</source>
        <translation>在门口核验门禁卡、二维码或密码（退出码 0 允许，1 拒绝）；发放凭证和二维码通行卡打印页；到期处理；覆盖检查。</translation>
    </message>
    <message>
        <source>Door id or exact name.</source>
        <translation>门的编号或完整名称。</translation>
    </message>
    <message>
        <source>Card number (decimal, hex 0x…, or facility:card).</source>
        <translation>卡号（十进制、十六进制 0x…，或 场地码:卡号）。</translation>
    </message>
    <message>
        <source>QR payload as scanned.</source>
        <translation>扫描得到的二维码内容。</translation>
    </message>
    <message>
        <source>Unit number typed before a PIN.</source>
        <translation>输入密码前输入的房号。</translation>
    </message>
    <message>
        <source>File holding the PIN (- for standard input).</source>
        <translation>存放密码的文件（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>card, pin, qr or visitor.</source>
        <translation>card、pin、qr 或 visitor。</translation>
    </message>
    <message>
        <source>Resident id.</source>
        <translation>住户编号。</translation>
    </message>
    <message>
        <source>Building id or name (batch QR).</source>
        <translation>楼栋编号或名称（批量二维码）。</translation>
    </message>
    <message>
        <source>Batch: only residents without a usable credential.</source>
        <translation>批量：只为没有可用凭证的住户发放。</translation>
    </message>
    <message>
        <source>Last valid day.</source>
        <translation>最后有效日期。</translation>
    </message>
    <message>
        <source>Visitor&apos;s name.</source>
        <translation>访客姓名。</translation>
    </message>
    <message>
        <source>Visitor pass validity in hours.</source>
        <translation>访客通行证有效小时数。</translation>
    </message>
    <message>
        <source>PDF to write (badges or PIN slip).</source>
        <translation>要写入的 PDF（通行卡或密码单）。</translation>
    </message>
    <message>
        <source>Also print a QR payload on standard output.</source>
        <translation>同时在标准输出打印二维码内容。</translation>
    </message>
    <message>
        <source>coverage: list up to N residents.</source>
        <translation>覆盖检查：最多列出 N 位住户。</translation>
    </message>
    <message>
        <source>give one subcommand: verify, issue, expire, coverage or doors</source>
        <translation>请给出一个子命令：verify、issue、expire、coverage 或 doors</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”</source>
        <translation>未知子命令“%1”</translation>
    </message>
</context>
<context>
    <name>cg::cli::DemoCommand</name>
    <message>
        <source>Seed a realistic demo compound (creates the database if needed).</source>
        <translation>生成一个逼真的演示小区（如有需要会先创建数据库）。</translation>
    </message>
    <message>
        <source>Number of residents (default 1500).</source>
        <translation>住户人数（默认 1500）。</translation>
    </message>
    <message>
        <source>Consent, credential and door events over the last two years (default 0: residents only; about 10 per resident gives a lived-in compound).</source>
        <translation>过去两年内的同意、凭证和门禁事件数（默认 0：只生成住户；每位住户约 10 条可得到一个“有人住过”的小区）。</translation>
    </message>
    <message>
        <source>error: --residents must be a positive whole number</source>
        <translation>错误：--residents 必须是正整数</translation>
    </message>
    <message>
        <source>error: --events must be a whole number from 0 to 100,000,000</source>
        <translation>错误：--events 必须是 0 到 100,000,000 之间的整数</translation>
    </message>
    <message>
        <source>Seeded %1 residents (%2 minors, %8 with ID numbers) in %3 units, %4 buildings, %5 compounds, %6 doors in %7 s.</source>
        <translation>已生成 %1 名住户（其中未成年人 %2 名，有证件号码的 %8 名），分布在 %3 套房屋、%4 栋楼、%5 个小区，共 %6 个门禁点，用时 %7 秒。</translation>
    </message>
    <message>
        <source>Seeded %1 events in %2 s: %3 consent decisions (%4 deletions, %5 device copies awaiting deletion, %6 re-consent marks), %7 face enrolments, %8 credentials issued and %9 reported lost, %10 door events; %11 cameras. Demo PINs are 135790.</source>
        <translation>已生成 %1 条事件，用时 %2 秒：同意决定 %3 条（人脸数据删除 %4 次，待设备确认删除的副本 %5 份，需重新征得同意标记 %6 个），人脸采集 %7 份，发放凭证 %8 张，其中挂失 %9 张，门禁通行记录 %10 条；摄像头 %11 个。演示密码均为 135790。</translation>
    </message>
    <message>
        <source>Residents only: no consent decisions, credentials or door events yet, so every resident counts as a coverage violation. Add --events N (about 10 per resident, e.g. --events %1) for a lived-in compound.</source>
        <translation>仅生成了住户：尚无同意决定、凭证和门禁通行记录，因此每位住户都算作覆盖缺口。加上 --events N（每位住户约 10 条，例如 --events %1）可生成有历史记录的小区。</translation>
    </message>
</context>
<context>
    <name>cg::cli::EventCommand</name>
    <message>
        <source>Present a card, QR code or PIN at a door and print the decision.</source>
        <translation>在门口出示门禁卡、二维码或密码，并显示判定结果。</translation>
    </message>
    <message>
        <source>Door, gate or lift (id or exact name).</source>
        <translation>门、大门或电梯（编号或完整名称）。</translation>
    </message>
    <message>
        <source>Card number as the reader sends it.</source>
        <translation>读卡器送出的卡号。</translation>
    </message>
    <message>
        <source>File with the scanned QR payload (- for standard input).</source>
        <translation>包含扫描到的二维码内容的文件（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>Unit label for a PIN entry, e.g. 3-1502.</source>
        <translation>输入密码时的房号，例如 3-1502。</translation>
    </message>
    <message>
        <source>File with the PIN (- for standard input); with --unit or --card.</source>
        <translation>包含密码的文件（- 表示标准输入）；与 --unit 或 --card 一起使用。</translation>
    </message>
    <message>
        <source>error: --door is required</source>
        <translation>错误：必须指定 --door</translation>
    </message>
    <message>
        <source>error: give --card, --qr-file, or --unit with --pin-file</source>
        <translation>错误：请指定 --card、--qr-file，或 --unit 加 --pin-file</translation>
    </message>
    <message>
        <source>error: no door “%1”</source>
        <translation>错误：没有名为“%1”的门</translation>
    </message>
</context>
<context>
    <name>cg::cli::ReportCommands</name>
    <message>
        <source>--%1: there is no “%2”.</source>
        <translation>--%1：没有“%2”。</translation>
    </message>
    <message>
        <source>Write a compliance report (PDF), consent ledger or door events (CSV), deletions (PDF), a deletion certificate or an impact assessment draft.</source>
        <translation>生成合规报告（PDF）、同意记录台账或门禁事件（CSV）、删除记录（PDF）、删除证明或个人信息保护影响评估草稿。</translation>
    </message>
    <message>
        <source>File to write (.pdf; .csv for ledger and access; .pdf or .md for pia).</source>
        <translation>输出文件（.pdf；台账和门禁事件为 .csv；影响评估为 .pdf 或 .md）。</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>统计期间的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>统计期间的最后一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only this compound (name or number).</source>
        <translation>仅限此小区（名称或编号）。</translation>
    </message>
    <message>
        <source>Only this building (name or number).</source>
        <translation>仅限此楼栋（名称或编号）。</translation>
    </message>
    <message>
        <source>Resident record number (certificate).</source>
        <translation>住户档案编号（用于删除证明）。</translation>
    </message>
    <message>
        <source>usage: consentgate </source>
        <translation>用法：consentgate </translation>
    </message>
    <message>
        <source>error: --out FILE is required</source>
        <translation>错误：必须指定 --out 文件</translation>
    </message>
    <message>
        <source>error: --%1 must be a date like 2026-10-31</source>
        <translation>错误：--%1 必须是日期，例如 2026-10-31</translation>
    </message>
    <message>
        <source>error: --to is before --from</source>
        <translation>错误：--to 早于 --from</translation>
    </message>
    <message>
        <source>error: --resident ID is required for a certificate</source>
        <translation>错误：生成删除证明需要 --resident 档案编号</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)) in %2 s.</source>
        <translation>
            <numerusform>已写入 %1（%n 行），用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)) in %2 s.</source>
        <translation>
            <numerusform>已写入 %1（%n 页），用时 %2 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cg::cli::ResidentCommands</name>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>发现 %n 个问题；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import residents from a CSV file (UTF-8 or GB18030, Chinese or English headers); all or nothing.</source>
        <translation>从 CSV 文件导入住户（UTF-8 或 GB18030 编码，中文或英文表头）；要么全部导入，要么全部不导入。</translation>
    </message>
    <message>
        <source>Only check the file; write nothing.</source>
        <translation>只检查文件，不写入任何内容。</translation>
    </message>
    <message>
        <source>Compound for rows without a compound column.</source>
        <translation>文件中没有“小区”列时，住户所属的小区。</translation>
    </message>
    <message>
        <source>usage: consentgate import residents FILE --database PATH [--check]</source>
        <translation>用法：consentgate import residents FILE --database PATH [--check]</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <source>%1:%2: column “%3”: %4</source>
        <translation>%1:%2：“%3”列：%4</translation>
    </message>
    <message>
        <source>%1 (%2): %3 residents can be imported; %4 new units, %5 new buildings.</source>
        <translation>%1（%2）：可以导入 %3 名住户；将新建 %4 套房屋、%5 栋楼。</translation>
    </message>
    <message>
        <source>Imported %1 residents from %2 (%3) in %4 s: %5 new units, %6 new buildings, %7 minors linked to an adult of their unit as guardian.</source>
        <translation>已从 %2（%3）导入 %1 名住户，用时 %4 秒：新建 %5 套房屋、%6 栋楼，%7 名未成年人已关联本户的一位成年人作为监护人。</translation>
    </message>
    <message>
        <source>%1 masked ID numbers (from an export) were not stored.</source>
        <translation>%1 个已打码的证件号码（来自导出文件）未被保存。</translation>
    </message>
    <message>
        <source>Export residents to a CSV file (UTF-8 with BOM); ID numbers masked unless --include-full-id.</source>
        <translation>将住户导出为 CSV 文件（带 BOM 的 UTF-8）；除非使用 --include-full-id，证件号码均打码显示。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>Write full ID numbers (a provision of personal data; audited).</source>
        <translation>写出完整证件号码（属于提供个人信息，会记入审计日志）。</translation>
    </message>
    <message>
        <source>Write the header row in Chinese.</source>
        <translation>用中文写表头行。</translation>
    </message>
    <message>
        <source>usage: consentgate export residents --out FILE --database PATH</source>
        <translation>用法：consentgate export residents --out FILE --database PATH</translation>
    </message>
    <message>
        <source>Exported %1 residents with full ID numbers to %2 (recorded in the audit log).</source>
        <translation>已将 %1 名住户（含完整证件号码）导出到 %2（已记入审计日志）。</translation>
    </message>
    <message>
        <source>Exported %1 residents (ID numbers masked) to %2.</source>
        <translation>已将 %1 名住户（证件号码已打码）导出到 %2。</translation>
    </message>
    <message>
        <source>Anonymise former residents whose retention period has ended.</source>
        <translation>对保存期限已满的已迁出住户进行匿名化处理。</translation>
    </message>
    <message>
        <source>usage: consentgate retention run --database PATH</source>
        <translation>用法：consentgate retention run --database PATH</translation>
    </message>
    <message>
        <source>Retention period: %1 years. Anonymised %2 former residents who moved out on or before %3.</source>
        <translation>保存期限：%1 年。已对 %3 当天或之前迁出的 %2 名原住户进行匿名化处理。</translation>
    </message>
</context>
<context>
    <name>cg::cli::UserCommand</name>
    <message>
        <source>error: --password-file FILE|- is required (the password never goes on the command line)</source>
        <translation>错误：必须提供 --password-file FILE|-（密码绝不写在命令行上）</translation>
    </message>
    <message>
        <source>error: there is no user “%1”</source>
        <translation>错误：没有用户“%1”</translation>
    </message>
    <message>
        <source>The password of “%1” was reset and any sign-in lock cleared (audited as %2).</source>
        <translation>已重置“%1”的密码，并解除了登录锁定（以 %2 的身份记入审计日志）。</translation>
    </message>
    <message>
        <source>Note: this account is disabled; add --enable to enable it as well.</source>
        <translation>注意：此账户已停用；加上 --enable 可同时启用它。</translation>
    </message>
    <message>
        <source>The account was enabled again.</source>
        <translation>账户已重新启用。</translation>
    </message>
    <message>
        <source>Reset a console user&apos;s password (for example a forgotten administrator password).</source>
        <translation>重置控制台用户的密码（例如忘记了管理员密码）。</translation>
    </message>
    <message>
        <source>File holding the new password, or - for standard input.</source>
        <translation>存放新密码的文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Also enable the account if it is disabled.</source>
        <translation>如账户已停用，同时将其启用。</translation>
    </message>
</context>
<context>
    <name>cg::core::CardNumber</name>
    <message>
        <source>Enter the card number or hold the card to the reader.</source>
        <translation>请输入卡号，或将卡片靠近读卡器。</translation>
    </message>
    <message>
        <source>The facility code %1 is too large (Wiegand-26 allows 0–255).</source>
        <translation>设施码 %1 过大（Wiegand-26 允许 0–255）。</translation>
    </message>
    <message>
        <source>The card code %1 is too large (Wiegand-26 allows 0–65535).</source>
        <translation>卡码 %1 过大（Wiegand-26 允许 0–65535）。</translation>
    </message>
    <message>
        <source>“%1” is not a card number: use digits, hex (0x…) or facility:card.</source>
        <translation>“%1”不是卡号：请使用数字、十六进制（0x…）或“设施码:卡码”格式。</translation>
    </message>
    <message>
        <source>“%1” is not a hexadecimal card number.</source>
        <translation>“%1”不是十六进制卡号。</translation>
    </message>
    <message>
        <source>The card number is too long (at most 56 bits).</source>
        <translation>卡号过长（最多 56 位二进制）。</translation>
    </message>
    <message>
        <source>The card number 0 is not a real card.</source>
        <translation>卡号 0 不是真实的卡。</translation>
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
    <message>
        <source>Name typed at the desk</source>
        <translation>前台当面键入姓名</translation>
    </message>
</context>
<context>
    <name>cg::core::Credential</name>
    <message>
        <source>Access card</source>
        <translation>门禁卡</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation>访客通行证</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>cg::core::Csv</name>
    <message>
        <source>The file starts as UTF-8 but contains bytes that are not UTF-8.</source>
        <translation>文件开头是 UTF-8 编码，但其中包含不是 UTF-8 的字节。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030/GBK text. Save it from the spreadsheet as “CSV UTF-8” and try again.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030/GBK 文本。请在表格软件中另存为“CSV UTF-8”后再试。</translation>
    </message>
    <message>
        <source>The file contains NUL characters; it is not a CSV text file.</source>
        <translation>文件包含 NUL 字符，不是 CSV 文本文件。</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>第 %1 行：右引号之后出现了多余的文字；带引号的字段中的引号必须写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>第 %1 行：带引号的字段直到文件结尾都没有闭合。</translation>
    </message>
</context>
<context>
    <name>cg::core::DeviceRules</name>
    <message>
        <source>Face cannot be the only way through “%1”: add a card, PIN or QR reader.</source>
        <translation>人脸识别不能是“%1”唯一的通行方式：请添加门禁卡、密码或二维码读头。</translation>
    </message>
    <message>
        <source>“%1” is a private space: no face reader or face-recognition camera may be used there.</source>
        <translation>“%1”是私密空间：不得使用人脸识别读头或人脸识别摄像头。</translation>
    </message>
    <message>
        <source>“%1” uses face recognition: record the posted sign (text and date) first.</source>
        <translation>“%1”使用人脸识别：请先登记张贴的提示标识（内容和日期）。</translation>
    </message>
    <message>
        <source>A face-recognition camera must be linked to a door with a posted sign.</source>
        <translation>人脸识别摄像头必须关联到已张贴提示标识的门。</translation>
    </message>
    <message>
        <source>Camera “%1” watches “%2”, a private space: face recognition is not allowed there.</source>
        <translation>摄像头“%1”对着私密空间“%2”：那里不允许人脸识别。</translation>
    </message>
    <message>
        <source>Camera “%1” watches “%2”, which has no recorded sign: face recognition needs signage.</source>
        <translation>摄像头“%1”对着的“%2”没有登记提示标识：人脸识别必须有提示标识。</translation>
    </message>
</context>
<context>
    <name>cg::core::Door</name>
    <message>
        <source>Compound gate</source>
        <translation>小区大门</translation>
    </message>
    <message>
        <source>Building entrance</source>
        <translation>楼栋单元门</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>电梯</translation>
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
    <name>cg::core::PinPolicy</name>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>密码应为 %1 到 %2 位数字。</translation>
    </message>
    <message>
        <source>A PIN contains digits only.</source>
        <translation>密码只能包含数字。</translation>
    </message>
    <message>
        <source>A PIN of one repeated digit is too easy to guess.</source>
        <translation>由同一个数字重复组成的密码太容易被猜到。</translation>
    </message>
    <message>
        <source>A PIN that counts up or down is too easy to guess.</source>
        <translation>连续递增或递减的密码太容易被猜到。</translation>
    </message>
    <message>
        <source>A PIN that repeats a short pattern is too easy to guess.</source>
        <translation>重复简短规律的密码太容易被猜到。</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs.</source>
        <translation>这是最常见的密码之一。</translation>
    </message>
    <message>
        <source>A PIN must not be the holder&apos;s birth date.</source>
        <translation>密码不能是持有人的出生日期。</translation>
    </message>
</context>
<context>
    <name>cg::core::Resident</name>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>Other occupant</source>
        <translation>其他使用人</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>大字</translation>
    </message>
    <message>
        <source>Assisted signing</source>
        <translation>协助签字</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
</context>
<context>
    <name>cg::core::ResidentCsv</name>
    <message>
        <source>This column means the same as “%1”; keep only one of them.</source>
        <translation>此列与“%1”含义相同，请只保留其中一列。</translation>
    </message>
    <message>
        <source>The header row has no “%1” (%2) column; it is required.</source>
        <translation>标题行中没有“%1”（%2）列，该列是必需的。</translation>
    </message>
    <message>
        <source>The header row of the file cannot be used.</source>
        <translation>文件的标题行无法使用。</translation>
    </message>
    <message>
        <source>The building is missing.</source>
        <translation>缺少楼栋。</translation>
    </message>
    <message>
        <source>The unit is missing.</source>
        <translation>缺少房屋/单元。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>“%1” is not a role: use owner/业主, tenant/租户, family/家属 or occupant/其他.</source>
        <translation>“%1”不是有效的身份：请使用 owner/业主、tenant/租户、family/家属 或 occupant/其他。</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2024-03-05.</source>
        <translation>“%1”不是日期：请按 2024-03-05 的格式填写。</translation>
    </message>
    <message>
        <source>“%1” is not a language: use 中文/zh_CN or English/en.</source>
        <translation>“%1”不是有效的语言：请使用 中文/zh_CN 或 English/en。</translation>
    </message>
    <message>
        <source>Unknown accessibility need: use large_print/大字, assisted_signing/协助签字 or read_aloud/朗读.</source>
        <translation>未知的无障碍需求：请使用 large_print/大字、assisted_signing/协助签字 或 read_aloud/朗读。</translation>
    </message>
</context>
<context>
    <name>cg::core::ResidentRules</name>
    <message>
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <translation>居民身份证号码应为 18 位，此号码为 %1 位。</translation>
    </message>
    <message>
        <source>A resident ID number has only digits, and X as the last character.</source>
        <translation>居民身份证号码只能包含数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The ID number does not start with a valid province code.</source>
        <translation>证件号码的开头不是有效的省级行政区代码。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number (characters 7–14) is not a real date.</source>
        <translation>证件号码中的出生日期（第 7–14 位）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number lies in the future.</source>
        <translation>证件号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The check digit of the ID number is wrong (expected %1): one of the digits is probably mistyped.</source>
        <translation>证件号码的校验位不正确（应为 %1）：可能有一位数字输错了。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 letters and digits.</source>
        <translation>护照号码应由 5 到 20 个字母和数字组成。</translation>
    </message>
    <message>
        <source>A passport number has only Latin letters and digits.</source>
        <translation>护照号码只能包含拉丁字母和数字。</translation>
    </message>
    <message>
        <source>A passport number contains digits.</source>
        <translation>护照号码中应包含数字。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use a mobile number (11 digits starting with 1), a landline with area code (0571-87654321) or an international number starting with +.</source>
        <translation>“%1”不是电话号码：请填写手机号码（以 1 开头的 11 位数字）、带区号的固定电话（如 0571-87654321），或以 + 开头的国际号码。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>姓名超过 100 个字符。</translation>
    </message>
    <message>
        <source>Choose the unit the resident lives in.</source>
        <translation>请选择住户居住的房屋/单元。</translation>
    </message>
    <message>
        <source>The birth date differs from the one in the ID number (%1).</source>
        <translation>出生日期与证件号码中的日期（%1）不一致。</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The birth date is before 1880.</source>
        <translation>出生日期早于 1880 年。</translation>
    </message>
    <message>
        <source>A resident under 14 needs a guardian: choose an adult resident.</source>
        <translation>未满 14 周岁的住户需要监护人：请选择一位成年住户。</translation>
    </message>
    <message>
        <source>A resident cannot be their own guardian.</source>
        <translation>住户不能做自己的监护人。</translation>
    </message>
    <message>
        <source>The guardian must be an adult (18 or older).</source>
        <translation>监护人必须是成年人（年满 18 周岁）。</translation>
    </message>
    <message>
        <source>The guardian has moved out.</source>
        <translation>该监护人已迁出。</translation>
    </message>
    <message>
        <source>The move-out date is before the move-in date.</source>
        <translation>迁出日期早于入住日期。</translation>
    </message>
    <message>
        <source>The lease ends before the move-in date.</source>
        <translation>租期结束日期早于入住日期。</translation>
    </message>
    <message>
        <source>The preferred language must be Chinese or English.</source>
        <translation>首选语言必须是中文或英文。</translation>
    </message>
    <message>
        <source>The notes are longer than 2,000 characters.</source>
        <translation>备注超过 2,000 个字符。</translation>
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
        <translation>楼宇经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
</context>
<context>
    <name>cg::core::WorkingCalendar</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Line %1: expected date,kind,name_zh,name_en,source.</source>
        <translation>第 %1 行：格式应为 日期,类型,中文名称,英文名称,来源。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date (YYYY-MM-DD).</source>
        <translation>第 %1 行：“%2”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Line %1: kind must be “holiday” or “workday”.</source>
        <translation>第 %1 行：类型必须是“holiday”（放假）或“workday”（调休上班）。</translation>
    </message>
    <message>
        <source>Line %1: %2 appears twice.</source>
        <translation>第 %1 行：%2 重复出现。</translation>
    </message>
</context>
<context>
    <name>cg::reports::BadgeSheet</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>QR badges</source>
        <translation>二维码通行卡</translation>
    </message>
    <message>
        <source>There are no badges to print.</source>
        <translation>没有要打印的通行卡。</translation>
    </message>
    <message>
        <source>Cannot start printing the badges.</source>
        <translation>无法开始打印通行卡。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>cg::reports::ComplianceReport</name>
    <message>
        <source>Showing the first %1 of %2; the complete list is in the CSV exports.</source>
        <translation>仅显示 %2 条中的前 %1 条；完整名单请见 CSV 导出。</translation>
    </message>
    <message>
        <source>Consent status by building</source>
        <translation>各楼栋同意情况</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户数</translation>
    </message>
    <message>
        <source>Consents and opt-outs by month</source>
        <translation>每月同意与不同意人数</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>拒绝或撤回</translation>
    </message>
    <message>
        <source>Active credentials by type</source>
        <translation>有效凭证类型分布</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Face recognition compliance report</source>
        <translation>人脸识别合规报告</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Residents living in scope</source>
        <translation>范围内在住住户</translation>
    </message>
    <message>
        <source>Face recognition is used only for residents who gave separate consent; everyone else enters with a card, PIN or QR code. This report states how that rule holds in the scope above.</source>
        <translation>人脸识别仅用于已单独同意的住户；其他住户使用门禁卡、密码或二维码通行。本报告说明上述范围内该规则的落实情况。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>%1 of 100,000 — below the filing threshold</source>
        <translation>%1 / 100,000 — 未达到备案门槛</translation>
    </message>
    <message>
        <source>%1 of 100,000 — approaching the filing threshold</source>
        <translation>%1 / 100,000 — 接近备案门槛</translation>
    </message>
    <message>
        <source>Agreed to face recognition</source>
        <translation>同意人脸识别</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>未征询</translation>
    </message>
    <message>
        <source>Re-consent needed</source>
        <translation>需重新征得同意</translation>
    </message>
    <message>
        <source>0 when every notice change is re-confirmed</source>
        <translation>告知书变更均已重新确认时为 0</translation>
    </message>
    <message>
        <source>Coverage violations (resident without face consent and without a working card, PIN or QR)</source>
        <translation>覆盖缺口（未同意人脸识别且没有可用门禁卡、密码或二维码的住户）</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>无法统计</translation>
    </message>
    <message>
        <source>target 0</source>
        <translation>目标为 0</translation>
    </message>
    <message>
        <source>Active credentials: card / PIN / QR / visitor</source>
        <translation>有效凭证：门禁卡 / 密码 / 二维码 / 访客通行证</translation>
    </message>
    <message>
        <source>Face data deletions in the period</source>
        <translation>期间内人脸数据删除次数</translation>
    </message>
    <message>
        <source>Time from withdrawal to deletion: median / maximum</source>
        <translation>从撤回到删除的用时：中位数 / 最长</translation>
    </message>
    <message>
        <source>no deletions</source>
        <translation>无删除记录</translation>
    </message>
    <message>
        <source>courts have ordered deletion within 5 days</source>
        <translation>法院曾判令 5 日内删除</translation>
    </message>
    <message>
        <source>Copies on devices awaiting confirmed deletion</source>
        <translation>设备上待确认删除的副本</translation>
    </message>
    <message>
        <source>People whose face data is held</source>
        <translation>持有人脸数据的人数</translation>
    </message>
    <message>
        <source>filing within 30 working days at 100,000</source>
        <translation>达到 10 万人须在 30 个工作日内备案</translation>
    </message>
    <message>
        <source>Door events in the period: allowed / denied</source>
        <translation>期间内门禁事件：通过 / 拒绝</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Target / note</source>
        <translation>目标 / 说明</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) without face consent cannot open every door they are entitled to. Issue each of them a card, PIN or QR code.</source>
        <translation>
            <numerusform>有 %n 名未同意人脸识别的住户无法通行其有权进入的所有门。请为他们发放门禁卡、密码或二维码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every resident without face consent holds a working card, PIN or QR code.</source>
        <translation>所有未同意人脸识别的住户均持有可用的门禁卡、密码或二维码。</translation>
    </message>
    <message>
        <source>Filing with the provincial Cyberspace Administration is due by %1.</source>
        <translation>须在 %1 前向省级网信部门备案。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>No consent events in the period.</source>
        <translation>期间内没有同意记录。</translation>
    </message>
    <message>
        <source>Coverage violations</source>
        <translation>覆盖缺口</translation>
    </message>
    <message>
        <source>Not available in this database.</source>
        <translation>此数据库中无法统计。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Residents who refused or withdrew, and their credentials</source>
        <translation>拒绝或撤回同意的住户及其凭证</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Face data deletions</source>
        <translation>人脸数据删除记录</translation>
    </message>
    <message>
        <source>No deletions in the period.</source>
        <translation>期间内没有删除记录。</translation>
    </message>
    <message>
        <source>none pending</source>
        <translation>无待删除</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Deleted data</source>
        <translation>删除的数据</translation>
    </message>
    <message>
        <source>Device copies pending</source>
        <translation>待删除的设备副本</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Re-consent backlog</source>
        <translation>待重新征得同意</translation>
    </message>
    <message>
        <source>Nobody is waiting to be asked again.</source>
        <translation>没有需要重新征询的住户。</translation>
    </message>
    <message>
        <source>consent expired</source>
        <translation>同意已过期</translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation>上次决定</translation>
    </message>
    <message>
        <source>Grace period ends</source>
        <translation>宽限期截止</translation>
    </message>
    <message>
        <source>Doors, cameras and signage</source>
        <translation>门禁、摄像头与告示</translation>
    </message>
    <message>
        <source>compound gate</source>
        <translation>小区大门</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>not verified by this build</source>
        <translation>本版本未核验</translation>
    </message>
    <message>
        <source>verified: every entry&apos;s HMAC and the chain head match</source>
        <translation>已核验：每条记录的 HMAC 与链头均一致</translation>
    </message>
    <message>
        <source>BROKEN at entry %1: %2</source>
        <translation>在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Chain head (newest entry)</source>
        <translation>链头（最新记录）</translation>
    </message>
    <message>
        <source>no. %1, %2, %3</source>
        <translation>第 %1 条，%2，%3</translation>
    </message>
    <message>
        <source>Head MAC</source>
        <translation>链头 MAC</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>The audit trail has been altered. Keep this report and inform the data protection officer.</source>
        <translation>审计日志已被篡改。请保留本报告并通知个人信息保护负责人。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Doors and cameras failing the compliance check</source>
        <translation>未通过合规检查的门禁点和摄像头</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / 共 %2</translation>
    </message>
    <message>
        <source>The device registry&apos;s compliance check: face recognition is never the only way through a door, no face reader or face-recognition camera in a private space (toilets, changing rooms, homes), and a recorded sign wherever face recognition is used. In scope: %1 door(s), %2 camera(s).</source>
        <translation>设备登记的合规检查：人脸识别不得是任何门的唯一通行方式；私密场所（卫生间、更衣室、住宅内）不得使用人脸识别读头或人脸识别摄像头；凡使用人脸识别处都须登记已张贴的提示标识。范围内共有门禁点 %1 个、摄像头 %2 个。</translation>
    </message>
    <message>
        <source>Every door and camera passes the check.</source>
        <translation>所有门禁点和摄像头均通过检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) or camera(s) fail the check; the reasons are listed first below.</source>
        <translation>
            <numerusform>%n 个门禁点或摄像头未通过检查；原因列在下表最前面。</numerusform>
        </translation>
    </message>
    <message>
        <source>camera with face recognition</source>
        <translation>带人脸识别的摄像头</translation>
    </message>
    <message>
        <source>camera: detection and blur only</source>
        <translation>摄像头：仅检测和打码</translation>
    </message>
    <message>
        <source>recording off</source>
        <translation>录像：关</translation>
    </message>
    <message>
        <source>watches %1</source>
        <translation>监看 %1</translation>
    </message>
    <message>
        <source>no card, PIN or QR reader</source>
        <translation>无门禁卡、密码或二维码读头</translation>
    </message>
    <message>
        <source>face reader</source>
        <translation>人脸识别读头</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
    <message>
        <source>private space</source>
        <translation>私密场所</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>posted %1</source>
        <translation>%1 张贴</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAILS: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>Door or camera</source>
        <translation>门禁点或摄像头</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>提示标识</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>验证</translation>
    </message>
    <message numerus="yes">
        <source>%n other door(s) read card, PIN or QR code only, with no face reader or camera: they pass the check and need no sign.</source>
        <translation>
            <numerusform>另有 %n 个门禁点只读取门禁卡、密码或二维码，没有人脸识别读头或摄像头：均通过检查，无需张贴提示标识。</numerusform>
        </translation>
    </message>
    <message>
        <source>No residents in scope</source>
        <translation>范围内没有住户</translation>
    </message>
    <message>
        <source>No consent events in the period</source>
        <translation>期间内没有同意记录</translation>
    </message>
    <message>
        <source>No credentials issued</source>
        <translation>尚未发放任何凭证</translation>
    </message>
    <message>
        <source>Consent status by compound</source>
        <translation>各小区同意情况</translation>
    </message>
    <message numerus="yes">
        <source>%1 — threshold reached on %2; the filing with the provincial CAC was due on %3 (overdue by %n working day(s))</source>
        <translation>
            <numerusform>%1 — 已于 %2 达到门槛；应于 %3 前向省级网信部门备案（已逾期 %n 个工作日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — threshold reached on %2; file with the provincial CAC by %3 (%n working day(s) left)</source>
        <translation>
            <numerusform>%1 — 已于 %2 达到门槛；须在 %3 前向省级网信部门备案（剩余 %n 个工作日）</numerusform>
        </translation>
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
    <message>
        <source>Your QR code: show it at the gate, building entrance and lift reader</source>
        <translation>您的二维码：在小区大门、单元门和电梯读卡器处出示</translation>
    </message>
</context>
<context>
    <name>cg::reports::CredentialPrints</name>
    <message>
        <source>No end date</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Valid %1 – %2</source>
        <translation>有效期 %1 – %2</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Visitor pass 访客通行证</source>
        <translation>访客通行证 Visitor pass</translation>
    </message>
    <message>
        <source>Resident QR pass 住户二维码</source>
        <translation>住户二维码 Resident QR pass</translation>
    </message>
    <message>
        <source>Visiting %1, %2</source>
        <translation>拜访 %1，%2</translation>
    </message>
    <message>
        <source>No. %1 · issued %2</source>
        <translation>编号 %1 · 发放于 %2</translation>
    </message>
</context>
<context>
    <name>cg::reports::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cg::reports::PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>操作人：%1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
</context>
<context>
    <name>cg::reports::PinSlip</name>
    <message>
        <source>Door PIN</source>
        <translation>门禁密码</translation>
    </message>
    <message>
        <source>Confidential — for the resident only</source>
        <translation>保密——仅限住户本人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>At the gate, entrance or lift keypad: type your unit number %1, press #, then type the PIN and press # again.</source>
        <translation>在小区大门、单元门或电梯的键盘上：输入房号 %1，按 #，再输入密码并按 #。</translation>
    </message>
    <message>
        <source>Keep the PIN secret and destroy this slip once you know it by heart. Staff will never ask you for it. After 5 wrong tries the PIN locks; the property office unlocks it or gives you a new one.</source>
        <translation>请妥善保管密码，记住后销毁此单。工作人员绝不会向您索要密码。连续输错 5 次密码将被锁定，可到物业服务中心解锁或换发新密码。</translation>
    </message>
    <message>
        <source>This PIN is your free alternative to face recognition: you never have to give face data to enter the compound, your building or the lift.</source>
        <translation>此密码是人脸识别之外的免费替代方式：进出小区、楼栋或乘坐电梯，您都无需提供人脸信息。</translation>
    </message>
</context>
<context>
    <name>cg::reports::QrCode</name>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation>文字太长，无法生成二维码。</translation>
    </message>
</context>
<context>
    <name>cg::reports::ReportService</name>
    <message>
        <source>Deletion certificate</source>
        <translation>删除证明</translation>
    </message>
    <message>
        <source>Resident record no. %1</source>
        <translation>住户档案编号 %1</translation>
    </message>
    <message>
        <source>Certificate of deletion of face data</source>
        <translation>人脸数据删除证明</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>No deletion of face data has been recorded for this resident.</source>
        <translation>该住户没有人脸数据删除记录。</translation>
    </message>
    <message>
        <source>Deletion no. %1</source>
        <translation>删除记录 %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
    <message>
        <source>What was deleted</source>
        <translation>删除内容</translation>
    </message>
    <message>
        <source>%1 enrolment image(s) and %2 face template(s), encrypted, from the database</source>
        <translation>从数据库中删除已加密的登记图像 %1 张、人脸特征 %2 个</translation>
    </message>
    <message>
        <source>Device copies</source>
        <translation>设备副本</translation>
    </message>
    <message>
        <source>%1 queued for deletion, %2 not yet confirmed</source>
        <translation>%1 个已排队删除，%2 个尚未确认</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <source>Deletion confirmed</source>
        <translation>确认删除时间</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Face data held now</source>
        <translation>当前持有的人脸数据</translation>
    </message>
    <message>
        <source>No enrolment image, face template or device copy of this resident is held.</source>
        <translation>目前不持有该住户的任何登记图像、人脸特征或设备副本。</translation>
    </message>
    <message>
        <source>Still held: %1 enrolment(s) in the database, %2 device copy(ies) awaiting deletion.</source>
        <translation>仍持有：数据库中 %1 份登记，%2 份设备副本等待删除。</translation>
    </message>
    <message>
        <source>This certificate was generated from the consent ledger and deletion records of ConsentGate, whose entries are protected by an HMAC-chained audit trail.</source>
        <translation>本证明根据 ConsentGate 的同意记录台账和删除记录生成，相关记录受 HMAC 链式审计日志保护。</translation>
    </message>
    <message>
        <source>Signature of the property service centre</source>
        <translation>物业服务中心签章</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>[to be completed by the person responsible]</source>
        <translation>［由负责人填写］</translation>
    </message>
    <message>
        <source>1. Processing assessed</source>
        <translation>一、评估的处理活动</translation>
    </message>
    <message>
        <source>Processor and contact</source>
        <translation>个人信息处理者及联系方式</translation>
    </message>
    <message>
        <source>Personal-information contact</source>
        <translation>个人信息保护联系人</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理活动</translation>
    </message>
    <message>
        <source>Face recognition at compound gates, building entrances and lifts, for residents who gave separate consent</source>
        <translation>对已单独同意的住户，在小区大门、楼栋入口和电梯使用人脸识别</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>%1 compound(s), %2 building(s), %3 units, %4 residents (%5 under 14)</source>
        <translation>%1 个小区，%2 栋楼，%3 套房屋，%4 名住户（其中不满 14 周岁 %5 名）</translation>
    </message>
    <message>
        <source>Published notice</source>
        <translation>已发布的告知书</translation>
    </message>
    <message>
        <source>none published yet</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>version %1 of %2, hash %3</source>
        <translation>第 %1 版，发布于 %2，哈希 %3</translation>
    </message>
    <message>
        <source>2. Lawfulness, legitimacy and necessity of the purpose and method (PIPL Art. 56(1))</source>
        <translation>二、处理目的、处理方式的合法性、正当性和必要性（《个人信息保护法》第五十六条第一项）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Necessity and impact stated to residents</source>
        <translation>向住户告知的必要性及影响</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>合法性基础</translation>
    </message>
    <message>
        <source>Separate consent (PIPL Art. 29); guardian consent under 14 (Art. 31)</source>
        <translation>单独同意（第二十九条）；不满十四周岁者由监护人同意（第三十一条）</translation>
    </message>
    <message>
        <source>Alternative for those who refuse</source>
        <translation>拒绝者的替代通行方式</translation>
    </message>
    <message>
        <source>Card, PIN or QR code issued in the same transaction as a refusal or withdrawal; %1 active card(s), %2 PIN(s), %3 QR code(s)</source>
        <translation>拒绝或撤回时在同一事务中发放门禁卡、密码或二维码；现有有效门禁卡 %1 张、密码 %2 个、二维码 %3 个</translation>
    </message>
    <message>
        <source>3. Impact on individuals&apos; rights and interests, and security risks (Art. 56(2))</source>
        <translation>三、对个人权益的影响及安全风险（第五十六条第二项）</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>个人信息种类</translation>
    </message>
    <message>
        <source>People whose face data is held</source>
        <translation>持有人脸数据的人数</translation>
    </message>
    <message>
        <source>Residents who agreed / refused / withdrew</source>
        <translation>同意 / 拒绝 / 撤回的住户</translation>
    </message>
    <message>
        <source>Coverage violations</source>
        <translation>覆盖缺口</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>无法统计</translation>
    </message>
    <message>
        <source>4. Protective measures: lawful, effective and proportionate to the risk (Art. 56(3))</source>
        <translation>四、保护措施是否合法、有效并与风险程度相适应（第五十六条第三项）</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Face data stays on premises; enrolment crops and templates encrypted (XChaCha20-Poly1305); never a full frame; live view is detection-only and blurred</source>
        <translation>人脸数据仅存于本地；登记图像和特征均加密（XChaCha20-Poly1305）；不保存完整画面；实时画面仅做检测并打码</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>访问控制</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>HMAC-chained audit trail, %1 entries</source>
        <translation>HMAC 链式审计日志，共 %1 条记录</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Withdrawal and deletion</source>
        <translation>撤回与删除</translation>
    </message>
    <message>
        <source>median %1, maximum %2 from withdrawal to deletion</source>
        <translation>从撤回到删除：中位数 %1，最长 %2</translation>
    </message>
    <message>
        <source>no deletions recorded yet</source>
        <translation>尚无删除记录</translation>
    </message>
    <message>
        <source>Doors and lifts</source>
        <translation>门禁与电梯</translation>
    </message>
    <message>
        <source>5. Conclusion, sign-off and retention of this assessment (Art. 56)</source>
        <translation>五、评估结论、签署及本评估报告的保存（第五十六条）</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>This assessment and the record of processing must be kept for at least three years.</source>
        <translation>本评估报告和处理情况记录应至少保存三年。</translation>
    </message>
    <message>
        <source>Personal information protection impact assessment (draft)</source>
        <translation>个人信息保护影响评估（草稿）</translation>
    </message>
    <message>
        <source>Generated %1 by %2 from the live configuration. Complete every bracketed field.</source>
        <translation>由 %2 于 %1 根据当前配置生成。请填写所有方括号内的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Impact assessment (draft)</source>
        <translation>影响评估（草稿）</translation>
    </message>
    <message>
        <source>All compounds</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <source>Pre-filled from the live configuration on %1. Complete every bracketed field; this draft is not an assessment until a responsible person signs it.</source>
        <translation>已于 %1 根据当前配置预填。请填写所有方括号内的内容；经负责人签署后方为正式评估。</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Compound: %1</source>
        <translation>小区：%1</translation>
    </message>
    <message>
        <source>Compound: %1, building: %2</source>
        <translation>小区：%1，楼栋：%2</translation>
    </message>
    <message>
        <source>ConsentGate %1 · database %2 · confidential: contains personal information</source>
        <translation>ConsentGate %1 · 数据库 %2 · 内部资料：含个人信息</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>合规报告</translation>
    </message>
    <message>
        <source>Face data deletions</source>
        <translation>人脸数据删除记录</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>删除次数</translation>
    </message>
    <message>
        <source>No deletions in the period.</source>
        <translation>期间内没有删除记录。</translation>
    </message>
    <message>
        <source>none pending</source>
        <translation>无待删除</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Deleted data</source>
        <translation>删除的数据</translation>
    </message>
    <message>
        <source>Device copies pending</source>
        <translation>待删除的设备副本</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Doors and cameras failing the compliance check</source>
        <translation>未通过合规检查的门禁点和摄像头</translation>
    </message>
    <message>
        <source>scheduled job (command line)</source>
        <translation>定时任务（命令行）</translation>
    </message>
    <message>
        <source>scheduled job (command line, %1)</source>
        <translation>定时任务（命令行，%1）</translation>
    </message>
    <message>
        <source>%1, %2, unit %3</source>
        <translation>%1，%2，%3 室</translation>
    </message>
</context>
<context>
    <name>cg::reports::ReportText</name>
    <message>
        <source>Agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Re-consent needed</source>
        <translation>需重新征得同意</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>未征询</translation>
    </message>
    <message>
        <source>Access card</source>
        <translation>门禁卡</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation>访客通行证</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Consent refused</source>
        <translation>拒绝同意</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Retention period ended</source>
        <translation>保存期限届满</translation>
    </message>
    <message>
        <source>Re-consent grace period ended</source>
        <translation>重新征询宽限期届满</translation>
    </message>
    <message>
        <source>Deletion requested</source>
        <translation>申请删除</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Images: %1, templates: %2</source>
        <translation>图像 %1 张，特征 %2 个</translation>
    </message>
    <message>
        <source>building %1</source>
        <translation>%1 号楼</translation>
    </message>
    <message>
        <source>%1 provisional (statutory holidays only; the State Council&apos;s arrangement is not in the table)</source>
        <translation>%1 年为暂定（仅含法定节假日，表中尚无国务院的放假安排）</translation>
    </message>
    <message>
        <source>%1 official (State Council arrangement)</source>
        <translation>%1 年为正式（国务院放假安排）</translation>
    </message>
    <message>
        <source>Working days counted with the holiday table: %1.</source>
        <translation>工作日按节假日表计算：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator between years</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Holiday table: enter the State Council&apos;s %1 arrangement when it is published (%1 deadlines are provisional until then).</source>
        <translation>节假日表：国务院公布 %1 年放假安排后请及时录入（录入前，%1 年内的期限均为暂定）。</translation>
    </message>
</context>
<context>
    <name>cg::security::BackupManifest</name>
    <message>
        <source>This backup has format %1; this version of ConsentGate reads format %2. Restore it with the version that wrote it.</source>
        <translation>此备份的格式为 %1；本版本 ConsentGate 读取格式 %2。请用写入它的版本进行恢复。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest.json is damaged or not a ConsentGate backup manifest (%1).</source>
        <translation>备份中的 manifest.json 已损坏，或不是 ConsentGate 备份清单（%1）。</translation>
    </message>
</context>
<context>
    <name>cg::security::ChainHeadFile</name>
    <message>
        <source>Cannot read the audit chain head %1: %2</source>
        <translation>无法读取审计链头 %1：%2</translation>
    </message>
    <message>
        <source>The audit chain head %1 is damaged.</source>
        <translation>审计链头 %1 已损坏。</translation>
    </message>
    <message>
        <source>The audit chain head %1 belongs to another database.</source>
        <translation>审计链头 %1 属于另一个数据库。</translation>
    </message>
    <message>
        <source>Cannot write the audit chain head %1: %2</source>
        <translation>无法写入审计链头 %1：%2</translation>
    </message>
</context>
<context>
    <name>cg::security::KeyExport</name>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the key export.</source>
        <translation>内存不足，无法保护密钥导出文件。</translation>
    </message>
    <message>
        <source>This is not a ConsentGate key export, or the file is damaged.</source>
        <translation>这不是 ConsentGate 密钥导出文件，或文件已损坏。</translation>
    </message>
    <message>
        <source>Not enough memory to open the key export.</source>
        <translation>内存不足，无法打开密钥导出文件。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key export file was altered.</source>
        <translation>口令错误，或密钥导出文件已被改动。</translation>
    </message>
    <message>
        <source>The passphrase repeats too few characters; use at least 6 different ones.</source>
        <translation>口令中不同的字符太少；请至少使用 6 个不同的字符。</translation>
    </message>
    <message>
        <source>Mix letters with digits, spaces or punctuation, or use at least 20 characters (for example four unrelated words).</source>
        <translation>请将字母与数字、空格或标点混合使用，或使用至少 20 个字符（例如四个互不相关的词）。</translation>
    </message>
</context>
<context>
    <name>cg::security::Keyring</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>The key has the wrong length.</source>
        <translation>密钥长度不正确。</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation>无法创建密钥文件夹 %1。</translation>
    </message>
    <message>
        <source>A key file for this database already exists at %1.</source>
        <translation>此数据库的密钥文件已存在于 %1。</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key for database %1 is missing: %2 does not exist. Encrypted data cannot be read without it. Import the key from a key export (consentgate key import) or restore the key folder from a backup.</source>
        <translation>数据库 %1 的密钥缺失：%2 不存在。没有密钥就无法读取加密数据。请从密钥导出文件导入密钥（consentgate key import），或从备份中恢复密钥文件夹。</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a ConsentGate key file.</source>
        <translation>%1 不是 ConsentGate 密钥文件。</translation>
    </message>
    <message>
        <source>The key file %1 belongs to database %2, not to this database (%3).</source>
        <translation>密钥文件 %1 属于数据库 %2，而不是本数据库（%3）。</translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation>密钥文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>Cannot allocate protected memory for the keys.</source>
        <translation>无法为密钥分配受保护的内存。</translation>
    </message>
    <message>
        <source>An encrypted field is damaged.</source>
        <translation>一个加密字段已损坏。</translation>
    </message>
    <message>
        <source>An encrypted field failed its integrity check (tampered, moved to another record, or sealed with another key).</source>
        <translation>一个加密字段未通过完整性校验（可能被篡改、被移到其他记录，或是用其他密钥加密的）。</translation>
    </message>
    <message>
        <source>The database ID “%1” is not valid; the database is damaged or not a ConsentGate database.</source>
        <translation>数据库编号“%1”无效；数据库已损坏，或不是 ConsentGate 数据库。</translation>
    </message>
</context>
<context>
    <name>cg::services::AuditLogService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cg::services::AuditTrail</name>
    <message>
        <source>Entry #1 is missing: the log starts at entry #%1, so the oldest entries were deleted.</source>
        <translation>缺少第 #1 条记录：日志从第 #%1 条开始，说明最早的记录已被删除。</translation>
    </message>
    <message>
        <source>Entry #%1 is missing: the log jumps from entry #%2 to entry #%3, so entries were deleted.</source>
        <translation>缺少第 #%1 条记录：日志从第 #%2 条直接跳到第 #%3 条，说明有记录被删除。</translation>
    </message>
    <message>
        <source>Entry %1 does not match its seal: it was edited, moved, or inserted, or the entry before it was replaced.</source>
        <translation>记录 %1 与其校验封印不符：它被修改、移动或插入过，或者它前面的记录被替换过。</translation>
    </message>
    <message>
        <source>Entry %1 differs from the chain head kept in the key folder: the log was rewritten from this entry on.</source>
        <translation>记录 %1 与密钥文件夹中保存的链头不一致：日志从这条记录起被改写过。</translation>
    </message>
    <message>
        <source>The log is empty, but the chain head in the key folder records entry #%1: every entry was deleted (or this is an older copy of the database).</source>
        <translation>日志为空，但密钥文件夹中的链头记录到第 #%1 条：所有记录都被删除了（或这是数据库的旧副本）。</translation>
    </message>
    <message>
        <source>The log ends at entry #%1, but the chain head in the key folder records entry #%2: the newest entries from #%3 on were removed (or this is an older copy of the database).</source>
        <translation>日志在第 #%1 条结束，但密钥文件夹中的链头记录到第 #%2 条：从第 #%3 条起的最新记录已被删除（或这是数据库的旧副本）。</translation>
    </message>
    <message>
        <source>No chain head was found in the key folder, so removal of the newest entries cannot be ruled out.</source>
        <translation>在密钥文件夹中找不到链头，因此无法排除最新记录被删除的可能。</translation>
    </message>
    <message>
        <source>#%1 (%2, %3, %4)</source>
        <translation>#%1（%2，%3，%4）</translation>
    </message>
    <message>
        <source>no valid time</source>
        <translation>无有效时间</translation>
    </message>
</context>
<context>
    <name>cg::services::Authorizer</name>
    <message>
        <source>%1 (%2) may not do this (%3).</source>
        <translation>%1（%2）无权执行此操作（%3）。</translation>
    </message>
    <message>
        <source>The account %1 has been disabled.</source>
        <translation>账户 %1 已被停用。</translation>
    </message>
</context>
<context>
    <name>cg::services::BackupService</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder for the backup.</source>
        <translation>文件夹 %1 不是空的；请为备份选择一个新的或空的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The copy does not carry this database&apos;s ID.</source>
        <translation>副本中的标识与本数据库不符。</translation>
    </message>
    <message>
        <source>The backup was written but does not read back correctly: %1</source>
        <translation>备份已写入，但读回核验失败：%1</translation>
    </message>
    <message>
        <source>The key in the backup does not match this database&apos;s key.</source>
        <translation>备份中的密钥与本数据库的密钥不一致。</translation>
    </message>
    <message>
        <source>There is no backup folder at %1.</source>
        <translation>%1 处没有备份文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a ConsentGate backup folder (no readable manifest.json).</source>
        <translation>%1 不是 ConsentGate 备份文件夹（没有可读取的 manifest.json）。</translation>
    </message>
    <message>
        <source>The backup part %1 is missing or unreadable. Nothing was changed.</source>
        <translation>备份中的文件 %1 缺失或无法读取。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup part %1 does not match the SHA-256 recorded when the backup was taken: it was altered or damaged. Nothing was changed.</source>
        <translation>备份中的文件 %1 与备份时记录的 SHA-256 不符：它已被修改或损坏。未做任何更改。</translation>
    </message>
    <message>
        <source>The key in this backup belongs to another database (%1).</source>
        <translation>此备份中的密钥属于另一个数据库（%1）。</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest was altered (its MAC does not match the key). Nothing was changed.</source>
        <translation>备份清单已被修改（其校验码与密钥不符）。未做任何更改。</translation>
    </message>
    <message>
        <source>The database copy in the backup is damaged (integrity check: %1).</source>
        <translation>备份中的数据库副本已损坏（完整性检查：%1）。</translation>
    </message>
    <message>
        <source>The database copy does not match the backup&apos;s manifest (ID, schema or audit head).</source>
        <translation>数据库副本与备份清单不符（标识、结构版本或审计链头）。</translation>
    </message>
    <message>
        <source>The key in this backup is not the key of the database copy.</source>
        <translation>此备份中的密钥不是该数据库副本的密钥。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cg::services::ComplianceService</name>
    <message>
        <source>Coverage violations cannot be computed: this database has no credentials yet.</source>
        <translation>无法统计覆盖缺口：此数据库中尚无凭证数据。</translation>
    </message>
    <message>
        <source>Consent figures are not available: this database has no consent ledger yet; every resident counts as never asked.</source>
        <translation>无法统计同意情况：此数据库尚无同意记录台账，所有住户均按“未征询”计。</translation>
    </message>
    <message>
        <source>Coverage violations could not be computed: %1</source>
        <translation>无法统计覆盖缺口：%1</translation>
    </message>
    <message>
        <source>“%1” reads no card, PIN or QR code: residents without face consent cannot pass.</source>
        <translation>“%1”不读取门禁卡、密码或二维码：未同意人脸识别的住户无法通行。</translation>
    </message>
    <message>
        <source>The holiday table lacks the State Council&apos;s official arrangement for a year in the filing window (not yet published when the table was made): the deadline may be off by a few days. Enter it under Holiday table when it is published.</source>
        <translation>节假日表中缺少备案期限所跨年份的国务院正式放假安排（制表时尚未公布）：截止日期可能相差几天。公布后请在“节假日表”中录入。</translation>
    </message>
</context>
<context>
    <name>cg::services::ConsentMoveOutHook</name>
    <message>
        <source>Delete face data (enrolment photo and templates) and queue deletion on door terminals</source>
        <translation>删除人脸信息（登记照片及特征），并通知门禁终端删除</translation>
    </message>
    <message>
        <source>Face data deleted: %1 image(s); %2 device(s) queued</source>
        <translation>已删除人脸信息：%1 张图像；已通知 %2 台设备删除</translation>
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
    <message>
        <source>A card, PIN or QR code was issued but still does not open every door the resident may use. Nothing was recorded; check the door entitlements.</source>
        <translation>已发放门禁卡、密码或二维码，但仍不能打开该住户有权通行的所有门。本次未作任何记录；请检查门禁权限设置。</translation>
    </message>
</context>
<context>
    <name>cg::services::CredentialAlternativeAccess</name>
    <message>
        <source>%1 %2 already opens every door and lift of this resident.</source>
        <translation>%1 %2 已可打开该住户有权使用的所有门和电梯。</translation>
    </message>
    <message>
        <source>New QR code No. %1 issued: print the badge and hand it over.</source>
        <translation>已签发新的二维码（编号 %1）：请打印通行牌并交给住户。</translation>
    </message>
    <message>
        <source>New PIN No. %1 issued: print the PIN slip and hand it over.</source>
        <translation>已签发新的密码（编号 %1）：请打印密码条并交给住户。</translation>
    </message>
</context>
<context>
    <name>cg::services::CredentialMoveOutHook</name>
    <message>
        <source>Revoke %1 %2</source>
        <translation>注销%1 %2</translation>
    </message>
    <message>
        <source>Revoked %1 %2</source>
        <translation>已注销%1 %2</translation>
    </message>
    <message>
        <source>Moved out on %1</source>
        <translation>于 %1 迁出</translation>
    </message>
    <message>
        <source>Personal data anonymised</source>
        <translation>个人信息已匿名化</translation>
    </message>
</context>
<context>
    <name>cg::services::CredentialService</name>
    <message>
        <source>Choose the resident who receives the credential.</source>
        <translation>请选择领取凭证的住户。</translation>
    </message>
    <message>
        <source>%1 has moved out; credentials are only issued to current residents.</source>
        <translation>%1 已迁出；凭证只发给现住户。</translation>
    </message>
    <message>
        <source>The end of validity must be after its start.</source>
        <translation>有效期结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The end of validity is already in the past.</source>
        <translation>有效期结束时间已经过去。</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s name.</source>
        <translation>请输入访客姓名。</translation>
    </message>
    <message>
        <source>A visitor pass needs an end of validity.</source>
        <translation>访客通行证需要设置有效期结束时间。</translation>
    </message>
    <message>
        <source>A visitor pass is valid for at most %1 days.</source>
        <translation>访客通行证的有效期最长为 %1 天。</translation>
    </message>
    <message>
        <source>Nobody lives in this building.</source>
        <translation>这栋楼里没有住户。</translation>
    </message>
    <message>
        <source>This credential is %1; it cannot be changed to %2.</source>
        <translation>此凭证状态为“%1”，不能改为“%2”。</translation>
    </message>
    <message>
        <source>This credential has expired; issue a new one.</source>
        <translation>此凭证已过期，请发放新凭证。</translation>
    </message>
    <message>
        <source>This credential is %1; only a live credential can be reported lost.</source>
        <translation>此凭证状态为“%1”；只有正在使用的凭证才能挂失。</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>Only a PIN has failed tries to reset.</source>
        <translation>只有密码才有可重置的错误尝试次数。</translation>
    </message>
    <message>
        <source>Validity ended</source>
        <translation>有效期已结束</translation>
    </message>
    <message>
        <source>This credential is not a card.</source>
        <translation>此凭证不是门禁卡。</translation>
    </message>
    <message>
        <source>Choose an existing door.</source>
        <translation>请选择一个已有的门禁点。</translation>
    </message>
</context>
<context>
    <name>cg::services::DeviceService</name>
    <message>
        <source>There is no camera %1.</source>
        <translation>没有编号为 %1 的摄像头。</translation>
    </message>
    <message>
        <source>Enter a name for the camera.</source>
        <translation>请输入摄像头名称。</translation>
    </message>
    <message>
        <source>Enter where the camera&apos;s video comes from.</source>
        <translation>请输入摄像头视频的来源。</translation>
    </message>
    <message>
        <source>Choose the kind of camera.</source>
        <translation>请选择摄像头类型。</translation>
    </message>
    <message>
        <source>Enter an address like rtsp://192.168.1.20:554/stream1.</source>
        <translation>请输入类似 rtsp://192.168.1.20:554/stream1 的地址。</translation>
    </message>
    <message>
        <source>Enter an address like http://192.168.1.20/video.mjpg.</source>
        <translation>请输入类似 http://192.168.1.20/video.mjpg 的地址。</translation>
    </message>
    <message>
        <source>Put the password in the password field, not in the address (it is stored encrypted).</source>
        <translation>请把密码填在密码栏，不要写在地址里（密码会加密保存）。</translation>
    </message>
    <message>
        <source>Choose the camera device, e.g. /dev/v4l/by-id/…</source>
        <translation>请选择摄像头设备，例如 /dev/v4l/by-id/…</translation>
    </message>
    <message>
        <source>There is no door %1.</source>
        <translation>没有编号为 %1 的门。</translation>
    </message>
    <message>
        <source>The chosen camera no longer exists.</source>
        <translation>所选摄像头已不存在。</translation>
    </message>
    <message>
        <source>Give the reason for showing faces (at least a few words).</source>
        <translation>请填写显示人脸的理由（至少几个字）。</translation>
    </message>
    <message>
        <source>Faces can be shown for 1 to %1 minutes.</source>
        <translation>人脸可显示 1 到 %1 分钟。</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>门禁卡 %1</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>不同意人脸识别</translation>
    </message>
    <message>
        <source>face consent given</source>
        <translation>已同意人脸识别</translation>
    </message>
    <message>
        <source>unknown holder</source>
        <translation>持有人未知</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation>拒绝：%1</translation>
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
    <name>cg::services::FirstRunSetup</name>
    <message>
        <source>Demo compound: choose between 0 and 20,000 residents.</source>
        <translation>演示小区：住户数须在 0 到 20,000 之间。</translation>
    </message>
    <message>
        <source>A file already exists at %1; it was not changed. Open it instead, or choose another place for the new database.</source>
        <translation>%1 处已有一个文件，未作任何改动。请改为打开它，或为新数据库选择其他位置。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>cg::services::MoveOutService</name>
    <message>
        <source>Set the move-out date.</source>
        <translation>设置迁出日期。</translation>
    </message>
    <message>
        <source>Choose at least one resident to move out.</source>
        <translation>请至少选择一名要迁出的住户。</translation>
    </message>
    <message>
        <source>Enter the move-out date.</source>
        <translation>请输入迁出日期。</translation>
    </message>
    <message>
        <source>The move-out date lies in the future; record the move-out on the day the resident leaves, because their access stops at once.</source>
        <translation>迁出日期在将来；请在住户离开当天再登记迁出，因为其通行权限会立即停止。</translation>
    </message>
    <message>
        <source>%1 has already moved out.</source>
        <translation>%1 已经迁出。</translation>
    </message>
    <message>
        <source>The move-out date is before %1 moved in (%2).</source>
        <translation>迁出日期早于 %1 的入住日期（%2）。</translation>
    </message>
    <message>
        <source>Move-out date set to %1.</source>
        <translation>迁出日期已设为 %1。</translation>
    </message>
    <message>
        <source>Nobody lives in this unit any more.</source>
        <translation>该房屋已无人居住。</translation>
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
    <name>cg::services::ProcessorDetails</name>
    <message>
        <source>Company name: enter the name of the property company, as residents know it.</source>
        <translation>公司名称：请填写住户所熟知的物业服务企业名称。</translation>
    </message>
    <message>
        <source>Company name: use 2 to 100 characters on one line.</source>
        <translation>公司名称：请填写 2 到 100 个字符，且只占一行。</translation>
    </message>
    <message>
        <source>Telephone: enter the number residents call about their personal information.</source>
        <translation>电话：请填写住户就个人信息事宜联系的电话号码。</translation>
    </message>
    <message>
        <source>Telephone: “%1” is not a telephone number. Use 5 to 20 digits; spaces, +, - and brackets are allowed.</source>
        <translation>电话：“%1”不是电话号码。请填写 5 到 20 位数字，可使用空格、+、- 和括号。</translation>
    </message>
    <message>
        <source>Address: enter where residents can come or write to (the property service centre).</source>
        <translation>地址：请填写住户可以前来办理或寄信的地址（物业服务中心）。</translation>
    </message>
    <message>
        <source>Address: use 4 to 200 characters on one line.</source>
        <translation>地址：请填写 4 到 200 个字符，且只占一行。</translation>
    </message>
    <message>
        <source>Email: “%1” is not an email address (like office@example.com). Leave it empty if residents cannot write by email.</source>
        <translation>电子邮件：“%1”不是电子邮件地址（例如 office@example.com）。如住户无法通过电子邮件联系，请留空。</translation>
    </message>
</context>
<context>
    <name>cg::services::ResidentExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cg::services::ResidentImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; split it into several files.</source>
        <translation>%1 大于 512 MB；请拆分为多个文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This row has more cells than the header row (is a comma missing quotes?).</source>
        <translation>此行的单元格比表头行多（是否有逗号没有加引号？）。</translation>
    </message>
    <message>
        <source>The file has a header row but no residents.</source>
        <translation>文件只有表头行，没有住户。</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>The same ID number is already on line %1.</source>
        <translation>第 %1 行已有相同的证件号码。</translation>
    </message>
    <message>
        <source>This ID number is already registered (resident no. %1).</source>
        <translation>此证件号码已登记（住户编号 %1）。</translation>
    </message>
    <message>
        <source>%1 is already listed for this unit on line %2.</source>
        <translation>%1 已在第 %2 行登记为该房屋住户。</translation>
    </message>
    <message>
        <source>%1 is already registered in this unit (resident no. %2).</source>
        <translation>%1 已登记为该房屋住户（住户编号 %2）。</translation>
    </message>
    <message>
        <source>No resident named %1 lives in this unit.</source>
        <translation>该房屋没有名为 %1 的住户。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>cg::services::ResidentService</name>
    <message>
        <source>The chosen guardian does not exist.</source>
        <translation>所选监护人不存在。</translation>
    </message>
    <message>
        <source>The chosen unit does not exist.</source>
        <translation>所选房屋不存在。</translation>
    </message>
    <message>
        <source>This ID number is already registered for resident no. %1. Open that record instead of creating a duplicate.</source>
        <translation>此证件号码已登记在住户编号 %1 名下。请打开该记录，不要重复创建。</translation>
    </message>
    <message>
        <source>This former resident was anonymised and cannot be edited.</source>
        <translation>该原住户已被匿名化处理，无法编辑。</translation>
    </message>
    <message>
        <source>Someone else changed this resident since you opened it. Close the editor, open the resident again and repeat your change.</source>
        <translation>在您打开后，其他人修改了这位住户的信息。请关闭编辑窗口，重新打开该住户后再修改一次。</translation>
    </message>
    <message>
        <source>Say why the full ID number is needed; the reason is logged.</source>
        <translation>请说明需要查看完整证件号码的原因；该原因会被记录。</translation>
    </message>
    <message>
        <source>No ID number is stored for this resident.</source>
        <translation>该住户没有登记证件号码。</translation>
    </message>
</context>
<context>
    <name>cg::services::RestorePlan</name>
    <message>
        <source>by phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>signed at the desk</source>
        <translation>前台签字</translation>
    </message>
    <message>
        <source>by the system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>access card …%1</source>
        <translation>门禁卡 …%1</translation>
    </message>
    <message>
        <source>PIN #%1</source>
        <translation>密码 #%1</translation>
    </message>
    <message>
        <source>visitor pass #%1</source>
        <translation>访客通行证 #%1</translation>
    </message>
    <message>
        <source>QR code #%1</source>
        <translation>二维码 #%1</translation>
    </message>
    <message>
        <source>There is no database at %1, so nothing can be compared with the backup. Deletions made after the backup was taken (%2) — withdrawals, move-outs, anonymisations, revoked credentials — cannot be known from the backup alone and will NOT be applied again. If you have an audit log export made after that time (consentgate audit export), look in it for consent.withdrawn, face.deleted, resident.move_out, retention.anonymise and credential.revoke entries after %2 and repeat them at once.</source>
        <translation>%1 处没有数据库，无法与备份进行比较。备份之后（%2）做过的删除——撤回同意、迁出、匿名化、注销凭证——仅凭备份无法得知，因此不会被重新执行。如果您有在此之后导出的审计日志（consentgate audit export），请在其中查找 %2 之后的 consent.withdrawn、face.deleted、resident.move_out、retention.anonymise 和 credential.revoke 记录，并立即重新执行这些操作。</translation>
    </message>
    <message>
        <source>The file at %1 cannot be read as a ConsentGate database (%2). It will be set aside, not deleted. Deletions made after the backup was taken (%3) cannot be known from the backup alone; check an audit log export made after that time, if you have one.</source>
        <translation>%1 处的文件无法作为 ConsentGate 数据库读取（%2）。它会被改名保留，不会删除。备份之后（%3）做过的删除仅凭备份无法得知；如有在此之后导出的审计日志，请核对。</translation>
    </message>
    <message>
        <source>The database at %1 is a different database (ID %2) from the one in the backup (ID %3). It will be set aside as a whole; nothing in it is carried over or compared.</source>
        <translation>%1 处是另一个数据库（标识 %2），与备份中的数据库（标识 %3）不同。它将被整体改名保留；其中的内容不会被转移或比较。</translation>
    </message>
    <message numerus="yes">
        <source>All %n resident(s) of the other database.</source>
        <translation>
            <numerusform>另一个数据库中的全部 %n 位住户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The current database is OLDER than the backup (its audit log ends at entry %1, the backup&apos;s at %2).</source>
        <translation>当前数据库比备份更旧（其审计日志止于第 %1 条，备份止于第 %2 条）。</translation>
    </message>
    <message>
        <source>The current database&apos;s audit log does not continue the backup&apos;s (it was itself restored or altered since). Differences are compared record by record.</source>
        <translation>当前数据库的审计日志与备份的审计日志不连续（此后它曾被恢复或修改）。将逐条记录比较差异。</translation>
    </message>
    <message numerus="yes">
        <source>%n audit log entry(ies) written after the backup (kept in the set-aside database file).</source>
        <translation>
            <numerusform>备份之后写入的 %n 条审计日志（保留在改名保留的数据库文件中）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup and the current database could not be compared record by record; deletions made after the backup cannot be listed.</source>
        <translation>无法逐条比较备份与当前数据库；无法列出备份之后做过的删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) registered after the backup.</source>
        <translation>
            <numerusform>备份之后登记的 %n 位住户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent decision(s) recorded after the backup (the deletions among them are applied again).</source>
        <translation>
            <numerusform>备份之后记录的 %n 项同意决定（其中的删除会被重新执行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) issued after the backup; they stop working and must be issued again.</source>
        <translation>
            <numerusform>备份之后发放的 %n 个凭证；它们将失效，需要重新发放。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face enrolment(s) made after the backup.</source>
        <translation>
            <numerusform>备份之后采集的 %n 份人脸登记。</numerusform>
        </translation>
    </message>
    <message>
        <source>resident #%1 (%2)</source>
        <translation>住户 #%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, #%3)</source>
        <translation>%1（%2，#%3）</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>备份：%1</translation>
    </message>
    <message numerus="yes">
        <source>  database %1, schema version %2, taken %3 by %4, %n audit entries, %5 residents</source>
        <translation>
            <numerusform>  数据库 %1，结构版本 %2，由 %4 于 %3 备份，%n 条审计日志，%5 位住户</numerusform>
        </translation>
    </message>
    <message>
        <source>  checked: every part matches its SHA-256, the key opens with the passphrase, the copy passes the integrity check.</source>
        <translation>  已核验：每个文件都与其 SHA-256 相符，密钥可用口令打开，数据库副本通过完整性检查。</translation>
    </message>
    <message>
        <source>Target: %1 (no database there yet)</source>
        <translation>恢复到：%1（此处尚无数据库）</translation>
    </message>
    <message numerus="yes">
        <source>Target: %1 — an existing database (ID %2, %n audit entries, last change %3); it will be set aside, not deleted.</source>
        <translation>
            <numerusform>恢复到：%1——已有数据库（标识 %2，%n 条审计日志，最后更改 %3）；它会被改名保留，不会删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: %1 — an unreadable file; it will be set aside, not deleted.</source>
        <translation>恢复到：%1——无法读取的文件；它会被改名保留，不会删除。</translation>
    </message>
    <message>
        <source>The current database is NEWER than the backup.</source>
        <translation>当前数据库比备份更新。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Restoring loses what only the current database holds:</source>
        <translation>恢复后将丢失只存在于当前数据库中的以下内容：</translation>
    </message>
    <message>
        <source>Deleted after the backup was taken: nothing (no withdrawal, move-out, anonymisation or revoked credential to apply again).</source>
        <translation>备份之后的删除：无（没有需要重新执行的撤回、迁出、匿名化或凭证注销）。</translation>
    </message>
    <message>
        <source>Deleted after the backup was taken — the backup still holds this data; each deletion is applied again to the restored database:</source>
        <translation>备份之后做过的删除——备份中仍有这些数据；每项删除都会在恢复后的数据库中重新执行：</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>re-consent period ended</source>
        <translation>重新同意的宽限期已过</translation>
    </message>
    <message>
        <source>consent period ended</source>
        <translation>同意有效期已满</translation>
    </message>
    <message>
        <source>%1: withdrew face consent (%2, %3)</source>
        <translation>%1：已撤回人脸识别同意（%2，%3）</translation>
    </message>
    <message>
        <source>%1: refused face recognition (%2)</source>
        <translation>%1：已拒绝人脸识别（%2）</translation>
    </message>
    <message>
        <source>%1: face consent ended (%2, %3)</source>
        <translation>%1：人脸识别同意已终止（%2，%3）</translation>
    </message>
    <message>
        <source>%1: face data deleted (%2, %3)</source>
        <translation>%1：人脸数据已删除（%2，%3）</translation>
    </message>
    <message>
        <source>%1: moved out on %2</source>
        <translation>%1：已于 %2 迁出</translation>
    </message>
    <message>
        <source>%1: personal data anonymised (%2)</source>
        <translation>%1：个人信息已匿名化（%2）</translation>
    </message>
    <message>
        <source>%1: %2, now “%3” (%4)</source>
        <translation>%1：%2，现为“%3”（%4）</translation>
    </message>
    <message>
        <source>%1 — face data will be deleted again</source>
        <translation>%1——将再次删除人脸数据</translation>
    </message>
    <message>
        <source>%1 — credentials will be revoked and face data deleted again</source>
        <translation>%1——将再次注销凭证并删除人脸数据</translation>
    </message>
    <message>
        <source>%1 — will be anonymised again</source>
        <translation>%1——将再次匿名化</translation>
    </message>
    <message>
        <source>%1 — will be revoked again</source>
        <translation>%1——将再次注销</translation>
    </message>
    <message>
        <source>%1 — applied again</source>
        <translation>%1——已重新执行</translation>
    </message>
    <message>
        <source>name typed at the desk</source>
        <translation>在前台当面键入姓名</translation>
    </message>
</context>
<context>
    <name>cg::services::RestoreService</name>
    <message>
        <source>Applied again after restoring the backup of %1</source>
        <translation>恢复 %1 的备份后重新执行</translation>
    </message>
    <message>
        <source>%1 — NOT applied: %2</source>
        <translation>%1——未能执行：%2</translation>
    </message>
    <message>
        <source>Restored to %1.</source>
        <translation>已恢复到 %1。</translation>
    </message>
    <message>
        <source>The database that was there is kept as %1.</source>
        <translation>原有数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>The key file that was there is kept as %1.</source>
        <translation>原有密钥文件已保留为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Deletions applied again (%n):</source>
        <translation>
            <numerusform>已重新执行的删除（%n 项）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletions that could NOT be applied again — do them by hand now (%n):</source>
        <translation>
            <numerusform>未能重新执行的删除——请立即手动处理（%n 项）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entries, chain intact.</source>
        <translation>
            <numerusform>审计日志已核验：%n 条记录，链条完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log verification FAILED after the restore.</source>
        <translation>恢复后审计日志核验失败。</translation>
    </message>
    <message>
        <source>A database already exists at %1; restoring would replace it. Review what would be lost and confirm (on the command line: --force).</source>
        <translation>%1 处已有数据库；恢复将替换它。请查看将会丢失的内容并确认（命令行：--force）。</translation>
    </message>
    <message>
        <source>The database at %1 changed while the restore was being prepared. Start again.</source>
        <translation>准备恢复期间 %1 处的数据库发生了变化。请重新开始。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot move the current database %1 aside; nothing was changed.</source>
        <translation>无法将当前数据库 %1 改名保留；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot copy the backup to %1; nothing was changed.</source>
        <translation>无法将备份复制到 %1；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place at %1; nothing was changed.</source>
        <translation>无法将备份放到 %1；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot move the key file %1 aside; nothing was changed.</source>
        <translation>无法将密钥文件 %1 改名保留；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>cg::services::RetentionService</name>
    <message>
        <source>The retention period must be between 1 and 30 years.</source>
        <translation>保存期限必须在 1 到 30 年之间。</translation>
    </message>
</context>
<context>
    <name>cg::services::ServiceDeps</name>
    <message>
        <source>The key file %1 is not the key of this database (its check value %2 does not match %3 stored in the database). Encrypted data and the audit log cannot be read with it. Import the right key with “consentgate key import --replace” from a key export of this database.</source>
        <translation>密钥文件 %1 不是本数据库的密钥（其校验值 %2 与数据库中保存的 %3 不符）。用它无法读取加密数据和审计日志。请用“consentgate key import --replace”从本数据库的密钥导出文件导入正确的密钥。</translation>
    </message>
</context>
<context>
    <name>cg::services::SignInService</name>
    <message>
        <source>Only the signed-in user can unlock.</source>
        <translation>只有已登录的用户才能解锁。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>（未知用户）</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>密码错误次数过多。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is wrong. After repeated failures this account is locked for %n second(s).</source>
        <translation>
            <numerusform>密码错误。多次失败后，此账户将被锁定 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>此账户已停用。请联系管理员。</translation>
    </message>
</context>
<context>
    <name>cg::services::UserService</name>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The user name is too long (at most 40 characters).</source>
        <translation>用户名过长（最多 40 个字符）。</translation>
    </message>
    <message>
        <source>The user name may not contain spaces, colons or control characters.</source>
        <translation>用户名不能包含空格、冒号或控制字符。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password may not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>无法对密码进行哈希处理（内存不足）。</translation>
    </message>
    <message>
        <source>This database already has users; an administrator creates further accounts.</source>
        <translation>此数据库已有用户；其他账户需由管理员创建。</translation>
    </message>
    <message>
        <source>The user name “%1” is taken.</source>
        <translation>用户名“%1”已被使用。</translation>
    </message>
    <message>
        <source>There is no user with number %1.</source>
        <translation>不存在编号为 %1 的用户。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled. Make another user an administrator first.</source>
        <translation>%1 是最后一位有效的管理员，不能停用。请先将其他用户设为管理员。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and must keep that role. Make another user an administrator first.</source>
        <translation>%1 是最后一位有效的管理员，必须保留该角色。请先将其他用户设为管理员。</translation>
    </message>
    <message>
        <source>Only a signed-in user can change their own password.</source>
        <translation>只有已登录的用户才能修改自己的密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 240 minutes.</source>
        <translation>空闲锁定时间必须在 1 到 240 分钟之间。</translation>
    </message>
</context>
<context>
    <name>cg::services::VerificationService</name>
    <message>
        <source>Allowed</source>
        <translation>允许通行</translation>
    </message>
    <message>
        <source>Unknown credential</source>
        <translation>未知凭证</translation>
    </message>
    <message>
        <source>Credential revoked</source>
        <translation>凭证已注销</translation>
    </message>
    <message>
        <source>Credential reported lost</source>
        <translation>凭证已挂失</translation>
    </message>
    <message>
        <source>Credential suspended</source>
        <translation>凭证已暂停</translation>
    </message>
    <message>
        <source>Credential expired</source>
        <translation>凭证已过期</translation>
    </message>
    <message>
        <source>Credential not yet valid</source>
        <translation>凭证尚未生效</translation>
    </message>
    <message>
        <source>Not valid for this door</source>
        <translation>对此门禁点无效</translation>
    </message>
    <message>
        <source>PIN locked after too many wrong tries</source>
        <translation>密码错误次数过多，已被锁定</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Holder has moved out</source>
        <translation>持有人已迁出</translation>
    </message>
    <message>
        <source>There is no door %1.</source>
        <translation>不存在门禁点 %1。</translation>
    </message>
</context>
<context>
    <name>cg::storage</name>
    <message>
        <source>Database error (%1): %2</source>
        <translation>数据库错误（%1）：%2</translation>
    </message>
</context>
<context>
    <name>cg::storage::AccessRepository</name>
    <message>
        <source>There is no resident %1.</source>
        <translation>不存在住户 %1。</translation>
    </message>
</context>
<context>
    <name>cg::storage::CredentialRepository</name>
    <message>
        <source>This card or QR code already belongs to an active credential.</source>
        <translation>此卡或二维码已属于一个有效凭证。</translation>
    </message>
    <message>
        <source>There is no credential %1.</source>
        <translation>不存在凭证 %1。</translation>
    </message>
    <message>
        <source>The credential was changed at another desk; reload and try again.</source>
        <translation>该凭证已在另一个服务台被修改；请重新加载后再试。</translation>
    </message>
</context>
<context>
    <name>cg::storage::Database</name>
    <message>
        <source>There is no database at %1. Create one with “consentgate init”.</source>
        <translation>%1 处没有数据库。请用“consentgate init”创建一个。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a ConsentGate database.</source>
        <translation>%1 是一个空文件，不是 ConsentGate 数据库。</translation>
    </message>
    <message>
        <source>%1 is not a ConsentGate database (it is not an SQLite file).</source>
        <translation>%1 不是 ConsentGate 数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>Could not create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 has an older schema (%2) and must be upgraded.</source>
        <translation>数据库 %1 的结构版本较旧（%2），必须先升级。</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Could not move the backup into place at %1.</source>
        <translation>无法将备份放到 %1。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation>数据库 %1 已损坏（%2）。请从备份中恢复。</translation>
    </message>
    <message>
        <source>Could not read the database %1: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (integrity check: %2). Restore it from a backup.</source>
        <translation>数据库 %1 已损坏（完整性检查结果：%2）。请从备份中恢复。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a ConsentGate database.</source>
        <translation>%1 是 SQLite 文件，但不是 ConsentGate 数据库。</translation>
    </message>
    <message>
        <source>The database %1 needs ConsentGate %2 or later; this is version %3. Install the newer version. The file was not changed.</source>
        <translation>数据库 %1 需要 ConsentGate %2 或更高版本；当前版本为 %3。请安装新版本。文件未被改动。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer ConsentGate (schema version %2; this version %3 knows up to %4). Install the newer version. The file was not changed.</source>
        <translation>数据库 %1 由更新版本的 ConsentGate 写入（结构版本 %2；当前版本 %3 最高只支持 %4）。请安装新版本。文件未被改动。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The database %1 is in a read-only location; ConsentGate needs to write the file and its journal beside it. Copy it to a writable folder or fix the permissions.</source>
        <translation>数据库 %1 位于只读位置；ConsentGate 需要写入该文件以及旁边的日志文件。请把它复制到可写的文件夹，或修改权限。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 would leave a %2 row pointing at a missing %3 row; nothing was changed.</source>
        <translation>将数据库升级到第 %1 版结构会使 %2 表中的一行指向 %3 表中不存在的记录；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>cg::storage::DemoSeeder</name>
    <message>
        <source>The number of residents must be between 1 and 1,000,000.</source>
        <translation>住户人数必须在 1 到 1,000,000 之间。</translation>
    </message>
</context>
<context>
    <name>cg::storage::DeviceRepository</name>
    <message>
        <source>%1 was changed by someone else meanwhile: reload and try again.</source>
        <translation>%1 已被他人修改：请重新载入后再试。</translation>
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
    <name>cg::storage::ExportRepository</name>
    <message>
        <source>There is no resident with record number %1.</source>
        <translation>没有档案编号为 %1 的住户。</translation>
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
        <translation>房屋/单元 %1 不存在。</translation>
    </message>
    <message>
        <source>Resident %1 does not exist.</source>
        <translation>住户 %1 不存在。</translation>
    </message>
    <message>
        <source>Someone else changed or removed this resident since you opened it. Close the editor, open the resident again and repeat your change.</source>
        <translation>在您打开此住户之后，其他人修改或删除了该住户。请关闭编辑窗口，重新打开该住户，再进行一次修改。</translation>
    </message>
</context>
<context>
    <name>cg::storage::SnapshotReader</name>
    <message>
        <source>There is no database file at %1.</source>
        <translation>%1 处没有数据库文件。</translation>
    </message>
    <message>
        <source>%1 is not a ConsentGate database (it is not an SQLite file).</source>
        <translation>%1 不是 ConsentGate 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a ConsentGate database.</source>
        <translation>%1 是 SQLite 文件，但不是 ConsentGate 数据库。</translation>
    </message>
</context>
<context>
    <name>cg::ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>cg::ui::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>%1 entries match.</source>
        <translation>共 %1 条符合条件。</translation>
    </message>
    <message>
        <source>✔ Intact: all %1 entries are unchanged and in order.</source>
        <translation>✔ 完整：全部 %1 条记录均未被改动，顺序正确。</translation>
    </message>
    <message>
        <source>The chain head kept in the key folder (entry #%1) is confirmed.</source>
        <translation>密钥文件夹中保存的链头（第 %1 条）已核对一致。</translation>
    </message>
    <message>
        <source>✘ Broken at entry #%1: %2</source>
        <translation>✘ 在第 %1 条处断裂：%2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2. The export is recorded in the audit log.</source>
        <translation>已将 %1 条记录导出到 %2。本次导出已记入审计日志。</translation>
    </message>
    <message>
        <source>Your role cannot view the audit log. Building managers, administrators and auditors can.</source>
        <translation>您的角色无权查看审计日志。楼宇经理、管理员和审计员可以查看。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. resident 42</source>
        <translation>例如 resident 42</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>按用户筛选</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>按操作筛选</translation>
    </message>
    <message>
        <source>Filter by record</source>
        <translation>按记录筛选</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志记录</translation>
    </message>
</context>
<context>
    <name>cg::ui::BackupActions</name>
    <message>
        <source>&amp;Back up database and key…</source>
        <translation>备份数据库和密钥(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a checked backup: database copy, passphrase-protected key and manifest</source>
        <translation>写入经过核验的备份：数据库副本、口令保护的密钥和清单</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Put a backup back; the console restarts to do it</source>
        <translation>恢复备份；控制台会为此重新启动</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restoring replaces the database file, so the console closes and starts again with the restore dialog. Nothing changes until you have checked the backup there and pressed Restore.

Close the console now?</source>
        <translation>恢复会替换数据库文件，因此控制台将关闭，并以恢复对话框重新启动。在那里核验备份并按下“恢复”之前，不会做任何更改。

现在关闭控制台吗？</translation>
    </message>
    <message>
        <source>Close and &amp;restore</source>
        <translation>关闭并恢复(&amp;R)</translation>
    </message>
    <message>
        <source>The console could not be started again. Quit it and start it with --restore.</source>
        <translation>无法重新启动控制台。请退出后用 --restore 启动。</translation>
    </message>
</context>
<context>
    <name>cg::ui::BackupDialog</name>
    <message>
        <source>Back up database and key</source>
        <translation>备份数据库和密钥</translation>
    </message>
    <message>
        <source>Writes a new folder with a copy of the database, its key protected by a passphrase, and a manifest with checksums, then reads it all back to check it. Keep the passphrase apart from the backup: without it the backup cannot be restored; with it, whoever holds the backup can read every encrypted field.</source>
        <translation>写入一个新文件夹，其中有数据库副本、用口令保护的密钥和带校验值的清单，然后全部读回进行核验。请将口令与备份分开保管：没有口令就无法恢复备份；有了口令，持有备份的人就能读取所有加密字段。</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入口令(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Folder the backup is written to</source>
        <translation>备份写入的文件夹</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>备份口令</translation>
    </message>
    <message>
        <source>Backup passphrase, again</source>
        <translation>再次输入备份口令</translation>
    </message>
    <message>
        <source>at least 12 characters, e.g. four unrelated words</source>
        <translation>至少 12 个字符，例如四个互不相关的词</translation>
    </message>
    <message>
        <source>Choose a passphrase you can keep safe for as long as the backup is kept.</source>
        <translation>请选择一个在备份保存期间都能妥善保管的口令。</translation>
    </message>
    <message>
        <source>Strong enough. Type it again to confirm.</source>
        <translation>强度足够。请再输入一次以确认。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Strong enough, and both entries match.</source>
        <translation>强度足够，两次输入一致。</translation>
    </message>
    <message>
        <source>Where to put the backup folder</source>
        <translation>备份文件夹的存放位置</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>正在写入并核验备份…</translation>
    </message>
    <message>
        <source>The backup was NOT made: %1</source>
        <translation>备份未完成：%1</translation>
    </message>
    <message>
        <source>Type the passphrase again to retry.</source>
        <translation>请重新输入口令后重试。</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>备份已写入并核验：%1</translation>
    </message>
    <message>
        <source>Database %1, schema version %2, audit head %3.</source>
        <translation>数据库 %1，结构版本 %2，审计链头 %3。</translation>
    </message>
    <message>
        <source>The copy passed the integrity check and the key opens with the passphrase. Copy the whole folder to the backup medium; keep the passphrase elsewhere.</source>
        <translation>数据库副本通过了完整性检查，密钥可用口令打开。请将整个文件夹复制到备份介质；口令另处保管。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
</context>
<context>
    <name>cg::ui::CameraEnrolmentDialog</name>
    <message>
        <source>Enrol face from camera — %1</source>
        <translation>从摄像头登记人脸 — %1</translation>
    </message>
    <message>
        <source>The picture below is blurred to protect everyone in view. Ask %1 to look into the camera, alone, then press Take photo. Only the face, cut out and encrypted, is kept; the photo itself is not.</source>
        <translation>为保护画面中的每个人，下面的画面已打码。请 %1 单独看向摄像头，然后按“拍照”。系统只保存裁剪出并加密的人脸部分，不保存照片本身。</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>摄像头(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Take photo (Space)</source>
        <translation>拍照(&amp;T)（空格键）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No camera is set up. An administrator adds one on the Devices page; until then, enrol from a photo.</source>
        <translation>尚未设置摄像头。请管理员在“设备”页面添加；在此之前，请用照片登记。</translation>
    </message>
    <message>
        <source>Look into the camera.</source>
        <translation>请看向摄像头。</translation>
    </message>
    <message>
        <source>No picture from the camera yet. Wait a moment and try again.</source>
        <translation>摄像头还没有画面。请稍候再试。</translation>
    </message>
    <message>
        <source>Face enrolled (face crop %1×%2 px, encrypted). The photo itself was not kept.</source>
        <translation>人脸已登记（脸部图像 %1×%2 像素，已加密）。原照片未保存。</translation>
    </message>
</context>
<context>
    <name>cg::ui::CameraTile</name>
    <message>
        <source>Camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>STALE — last frame %1 s ago</source>
        <translation>画面停滞 — 最后一帧在 %1 秒前</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Detection unavailable: whole picture hidden</source>
        <translation>人脸检测不可用：整个画面已打码</translation>
    </message>
    <message>
        <source>FACES VISIBLE until %1 — %2</source>
        <translation>人脸未打码，直到 %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n face(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 张人脸</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fps · detect %2 ms · age %3 ms</source>
        <translation>%1 帧/秒 · 检测 %2 毫秒 · 延迟 %3 毫秒</translation>
    </message>
    <message>
        <source>Whole picture pixelated (%1)</source>
        <translation>整个画面已打码（%1）</translation>
    </message>
</context>
<context>
    <name>cg::ui::ConsentDeskPage</name>
    <message>
        <source>Consent desk</source>
        <translation>同意办理台</translation>
    </message>
    <message>
        <source>Start consent session (F5)</source>
        <translation>开始征求同意（F5）</translation>
    </message>
    <message>
        <source>Opens the resident&apos;s screen with the notice and the two choices. You see the progress, the resident decides.</source>
        <translation>打开住户屏幕，显示告知书和两个选项。您可以看到进度，由住户本人决定。</translation>
    </message>
    <message>
        <source>Print notice to take home (Ctrl+P)</source>
        <translation>打印告知书带回家（Ctrl+P）</translation>
    </message>
    <message>
        <source>Enrol face from photo…</source>
        <translation>从照片登记人脸…</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>登记撤回同意…</translation>
    </message>
    <message>
        <source>Print receipt for selected record</source>
        <translation>打印所选记录的回执</translation>
    </message>
    <message>
        <source>Session on the resident&apos;s screen</source>
        <translation>住户屏幕上的办理进度</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>取消办理</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No resident selected</source>
        <translation>未选择住户</translation>
    </message>
    <message>
        <source>Find the resident on the left. Start a session only when the resident is at the desk.</source>
        <translation>请在左侧查找住户。住户本人在前台时才开始办理。</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>房号 %1</translation>
    </message>
    <message>
        <source>Under 14 — guardian: %1</source>
        <translation>未满 14 周岁 — 监护人：%1</translation>
    </message>
    <message>
        <source>Under 14 — no guardian linked: link one on the resident&apos;s record first</source>
        <translation>未满 14 周岁 — 未登记监护人：请先在住户档案中登记</translation>
    </message>
    <message>
        <source>Notice language: %1</source>
        <translation>告知书语言：%1</translation>
    </message>
    <message>
        <source>Moved out on %1</source>
        <translation>已于 %1 搬离</translation>
    </message>
    <message>
        <source>Ask again: %1. Face data is kept until %2.</source>
        <translation>须重新征求同意：%1。人脸信息保留至 %2。</translation>
    </message>
    <message>
        <source>Face data held: enrolment photo (face only, encrypted) from %1</source>
        <translation>已保存人脸信息：%1 登记的人脸照片（仅脸部，已加密）</translation>
    </message>
    <message>
        <source>No face data held</source>
        <translation>未保存人脸信息</translation>
    </message>
    <message>
        <source>No notice is published yet; an administrator must publish one on the Notices page.</source>
        <translation>尚未发布告知书；须由管理员在“告知书”页面发布。</translation>
    </message>
    <message>
        <source>%1 is under 14 and has no guardian linked. Link the guardian on the resident&apos;s record first.</source>
        <translation>%1 未满 14 周岁且未登记监护人。请先在住户档案中登记监护人。</translation>
    </message>
    <message>
        <source>No notice is published yet.</source>
        <translation>尚未发布告知书。</translation>
    </message>
    <message numerus="yes">
        <source>Withdrawal recorded. Face data deleted (%n image(s)).</source>
        <translation>
            <numerusform>撤回已记录。已删除人脸信息（%n 张图像）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Face enrolled (face crop %1×%2 px, encrypted). The photo itself was not kept.</source>
        <translation>人脸已登记（脸部图像 %1×%2 像素，已加密）。原照片未保存。</translation>
    </message>
    <message>
        <source>Enrol face from photo</source>
        <translation>从照片登记人脸</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Re-consent needed (%1)</source>
        <translation>需重新征得同意（%1）</translation>
    </message>
    <message>
        <source>Device deletions pending (%1)</source>
        <translation>待设备删除（%1）</translation>
    </message>
    <message>
        <source>Enrol face from camera…</source>
        <translation>从摄像头登记人脸…</translation>
    </message>
</context>
<context>
    <name>cg::ui::ConsentHistoryTable</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>告知书</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>同意历史记录</translation>
    </message>
    <message numerus="yes">
        <source>Face data deleted: %n image(s)</source>
        <translation>
            <numerusform>已删除人脸信息：%n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) queued</source>
        <translation>
            <numerusform>已排队通知 %n 台设备删除</numerusform>
        </translation>
    </message>
    <message>
        <source>no device held a copy</source>
        <translation>没有设备保存副本</translation>
    </message>
</context>
<context>
    <name>cg::ui::ConsentSession</name>
    <message>
        <source>The resident is reading the notice…</source>
        <translation>住户正在阅读告知书…</translation>
    </message>
    <message>
        <source>The resident has chosen and is about to sign…</source>
        <translation>住户已作出选择，正在签字…</translation>
    </message>
    <message>
        <source>Signed; waiting for the resident to confirm…</source>
        <translation>已签字，等待住户确认…</translation>
    </message>
    <message>
        <source>Could not record the decision; the resident&apos;s screen is still open.</source>
        <translation>无法记录该决定；住户屏幕仍然打开。</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>决定已记录。</translation>
    </message>
    <message>
        <source>Session cancelled; nothing was recorded.</source>
        <translation>办理已取消，未作任何记录。</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>已记录：%1。</translation>
    </message>
    <message>
        <source>Print the receipt now: it carries the new QR code, which cannot be shown again.</source>
        <translation>请立即打印回执：回执上印有新的二维码，之后无法再次显示。</translation>
    </message>
    <message>
        <source>Give the resident their new code now; it is shown only once: %1</source>
        <translation>请立即把新密码或二维码交给住户，只显示这一次：%1</translation>
    </message>
    <message numerus="yes">
        <source>Face data deleted (%n image(s)).</source>
        <translation>
            <numerusform>已删除人脸信息（%n 张图像）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cg::ui::CredentialDialog</name>
    <message>
        <source>Issue a credential</source>
        <translation>发放凭证</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>Resident %1 not found</source>
        <translation>找不到住户 %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Hold the card to the USB reader, or type the number printed on it and press Enter (decimal, hex 0x…, or facility:card).</source>
        <translation>将门禁卡靠近 USB 读卡器，或输入卡面上的卡号后按回车（十进制、十六进制 0x…，或 场地码:卡号）。</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>A random PIN is generated and shown once. Weak PINs (1234, 123456, repeats, the birth date) are never chosen. At the door the resident types the unit number, then the PIN.</source>
        <translation>系统随机生成密码，只显示一次。绝不会选用弱密码（1234、123456、重复数字、生日）。在门口，住户先输入房号，再输入密码。</translation>
    </message>
    <message>
        <source>PIN length</source>
        <translation>密码位数</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> 位</translation>
    </message>
    <message>
        <source>A random QR code is generated; print it as a badge (name, unit, validity). It opens the building&apos;s entrance and lifts and the compound gates.</source>
        <translation>系统随机生成二维码，可打印成通行卡（姓名、房屋、有效期）。它可打开本楼栋的单元门、电梯以及小区大门。</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;name:</source>
        <translation>访客姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>有效时长：</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&amp;Valid until (last day):</source>
        <translation>有效期至（最后一天）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>发放(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Decimal %1 · Hex %2</source>
        <translation>十进制 %1 · 十六进制 %2</translation>
    </message>
    <message>
        <source> · Wiegand-26 facility %1, card %2</source>
        <translation> · 韦根26 场地码 %1，卡号 %2</translation>
    </message>
    <message>
        <source>Read by the card reader.</source>
        <translation>由读卡器读取。</translation>
    </message>
    <message>
        <source>%1 No. %2 issued to %3 — %4</source>
        <translation>已向 %3 发放%1（编号 %2）——%4</translation>
    </message>
    <message>
        <source>PIN %1</source>
        <translation>密码 %1</translation>
    </message>
    <message>
        <source>Show the PIN to the resident now and print the slip: it is stored only as a one-way hash and can never be shown again.</source>
        <translation>请现在把密码告诉住户并打印密码单：系统只保存单向哈希值，以后再也无法显示。</translation>
    </message>
    <message>
        <source>Print the badge now: the QR code is stored only as a one-way hash and cannot be printed again later (report it lost to get a new one).</source>
        <translation>请现在打印通行卡：二维码只以单向哈希值保存，以后无法重新打印（如需新卡请挂失补办）。</translation>
    </message>
    <message>
        <source>Card: decimal %1, hex %2%3</source>
        <translation>门禁卡：十进制 %1，十六进制 %2%3</translation>
    </message>
    <message>
        <source>, Wiegand-26 %1</source>
        <translation>，韦根26 %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>cg::ui::CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Credentials — cards, PINs, QR codes, visitor passes</source>
        <translation>凭证——门禁卡、密码、二维码、访客通行证</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>All credentials</source>
        <translation>全部凭证</translation>
    </message>
    <message>
        <source>Filter by name or unit (Ctrl+F)</source>
        <translation>按姓名或房屋筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter credentials</source>
        <translation>筛选凭证</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>暂停(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>恢复(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>注销(&amp;V)</translation>
    </message>
    <message>
        <source>Report &amp;lost and replace</source>
        <translation>挂失并补办(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlock PIN</source>
        <translation>解锁密码(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Batch QR badges for a building…</source>
        <translation>按楼栋批量生成二维码通行卡(&amp;B)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>✔ Coverage: 0 violations — every resident without face consent has a card, PIN or QR code for every door and lift they may use.</source>
        <translation>✔ 覆盖情况：0 个缺口——每位未同意人脸识别的住户，对其有权通行的每扇门和电梯都有门禁卡、密码或二维码。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Coverage: %n resident(s) without face consent lack a usable card, PIN or QR code for some door or lift. The target is zero: issue one below.</source>
        <translation>
            <numerusform>⚠ 覆盖情况：%n 位未同意人脸识别的住户，对某些门或电梯缺少可用的门禁卡、密码或二维码。目标始终为零：请在下方发放。</numerusform>
        </translation>
    </message>
    <message>
        <source>Card</source>
        <translation>门禁卡</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Issue %1 to %2</source>
        <translation>向 %2 发放%1</translation>
    </message>
    <message>
        <source>%1 (visitor of %2)</source>
        <translation>%1（%2 的访客）</translation>
    </message>
    <message>
        <source> · PIN locked</source>
        <translation> · 密码已锁定</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 credentials; narrow the filter to see others.</source>
        <translation>显示最新的 %1 个凭证（共 %2 个）；请缩小筛选范围查看其他凭证。</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s).</source>
        <translation>
            <numerusform>%n 个凭证。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a credential in the list first.</source>
        <translation>请先在列表中选择一个凭证。</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation>原因（记入审计日志）：</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Revoke credential No. %1? It stops opening doors at once and cannot be reactivated.</source>
        <translation>注销凭证 %1？注销后立即无法开门，且不能恢复。</translation>
    </message>
    <message>
        <source>Revoked at the desk</source>
        <translation>前台注销</translation>
    </message>
    <message>
        <source>Credential No. %1 updated.</source>
        <translation>凭证 %1 已更新。</translation>
    </message>
    <message>
        <source>Replacement card</source>
        <translation>补办门禁卡</translation>
    </message>
    <message>
        <source>Hold the new card to the reader or type its number:</source>
        <translation>将新卡靠近读卡器，或输入卡号：</translation>
    </message>
    <message>
        <source>No. %1 marked lost; replacement No. %2 issued.</source>
        <translation>凭证 %1 已挂失；已补发凭证 %2。</translation>
    </message>
    <message>
        <source>Batch QR badges</source>
        <translation>批量二维码通行卡</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n resident(s))</source>
        <translation>
            <numerusform>%1 %2（%n 位住户）</numerusform>
        </translation>
    </message>
    <message>
        <source>Only residents without a usable credential</source>
        <translation>只为没有可用凭证的住户发放</translation>
    </message>
    <message>
        <source>Valid until (last day):</source>
        <translation>有效期至（最后一天）：</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>楼栋：</translation>
    </message>
    <message>
        <source>Save the badge sheet</source>
        <translation>保存通行卡打印页</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Everyone in this building already has a usable credential.</source>
        <translation>本楼栋所有住户都已有可用凭证。</translation>
    </message>
    <message>
        <source>QR badges</source>
        <translation>二维码通行卡</translation>
    </message>
    <message>
        <source>%1 QR credential(s) issued; badge sheet (%2 pages) saved to %3 — print it and cut along the marks.</source>
        <translation>已发放 %1 个二维码凭证；通行卡打印页（%2 页）已保存到 %3——打印后沿裁切线裁开。</translation>
    </message>
    <message>
        <source>Residents without a usable non-biometric credential (Ctrl+I or Enter: issue)</source>
        <translation>没有可用非生物识别凭证的住户（Ctrl+I 或回车：发放）</translation>
    </message>
    <message>
        <source>Kind of credential</source>
        <translation>凭证类型</translation>
    </message>
    <message>
        <source>Status of credential</source>
        <translation>凭证状态</translation>
    </message>
    <message>
        <source>Residents without a usable non-biometric credential</source>
        <translation>没有可用非生物识别凭证的住户</translation>
    </message>
    <message>
        <source>Enter or Ctrl+I issues a card, PIN or QR code to the selected resident.</source>
        <translation>按回车或 Ctrl+I 为所选住户发放门禁卡、密码或二维码。</translation>
    </message>
</context>
<context>
    <name>cg::ui::DashboardFilterBar</name>
    <message>
        <source>All compounds</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>&amp;Compound:</source>
        <translation>小区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cg::ui::DashboardPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
    <message>
        <source>Error: the figures could not be computed. %1</source>
        <translation>错误：无法计算数据。%1</translation>
    </message>
    <message>
        <source>Compliance dashboard</source>
        <translation>合规看板</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>正在计算数据</translation>
    </message>
    <message>
        <source>Compliance &amp;report…</source>
        <translation>合规报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the compliance report as a PDF for an inspector.</source>
        <translation>将合规报告保存为 PDF，供检查人员查阅。</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Consent &amp;ledger (CSV)…</source>
        <translation>同意记录台账 (CSV)(&amp;L)…</translation>
    </message>
    <message>
        <source>Every consent event with the hash of the notice shown.</source>
        <translation>每一条同意记录，附所展示告知书的哈希值。</translation>
    </message>
    <message>
        <source>compliance-report-%1.pdf</source>
        <translation>合规报告-%1.pdf</translation>
    </message>
    <message>
        <source>Save the compliance report</source>
        <translation>保存合规报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Compliance report saved: %1 (%n page(s)).</source>
        <translation>
            <numerusform>合规报告已保存：%1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>合规报告</translation>
    </message>
    <message>
        <source>Compliance report — print preview</source>
        <translation>合规报告——打印预览</translation>
    </message>
    <message>
        <source>consent-ledger-%1.csv</source>
        <translation>同意台账-%1.csv</translation>
    </message>
    <message>
        <source>Save the consent ledger</source>
        <translation>保存同意台账</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Consent ledger saved: %1 (%n row(s)).</source>
        <translation>
            <numerusform>同意台账已保存：%1（共 %n 行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s) in scope. Computed at %1 in %2 ms.</source>
        <translation>
            <numerusform>范围内共 %Ln 位住户。计算于 %1，用时 %2 毫秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln building(s): shown by compound. Choose a compound to see its buildings.</source>
        <translation>
            <numerusform>共 %Ln 栋楼：按小区显示。选择一个小区可查看其各楼栋。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cg::ui::DashboardTiles</name>
    <message>
        <source>Cannot be computed in this database.</source>
        <translation>此数据库无法计算该项。</translation>
    </message>
    <message numerus="yes">
        <source>Action needed: %Ln resident(s) without face consent cannot pass every door with a card, PIN or QR code.</source>
        <translation>
            <numerusform>需要处理：%Ln 位未同意人脸识别的住户无法用门禁卡、密码或二维码通过所有门。</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: everyone without face consent can pass every door another way.</source>
        <translation>正常：所有未同意人脸识别的住户都能用其他方式通过每扇门。</translation>
    </message>
    <message>
        <source>Withdrawal to deletion: median %1, longest %2.</source>
        <translation>从撤回到删除：中位数 %1，最长 %2。</translation>
    </message>
    <message>
        <source>No deletions in the period.</source>
        <translation>此期间没有删除。</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln copy(ies) on devices not yet confirmed deleted.</source>
        <translation>
            <numerusform>警告：设备上还有 %Ln 份副本尚未确认删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: below the filing threshold (warning from %1).</source>
        <translation>正常：低于备案门槛（达到 %1 时发出警告）。</translation>
    </message>
    <message>
        <source>Warning: approaching the 100,000-person threshold; prepare the filing with the provincial cyberspace administration.</source>
        <translation>警告：接近 10 万人的门槛；请准备向省级网信部门备案。</translation>
    </message>
    <message numerus="yes">
        <source>Threshold reached: file with the provincial cyberspace administration by %1 (%n working day(s) left).</source>
        <translation>
            <numerusform>已达到门槛：请在 %1 前向省级网信部门备案（还剩 %n 个工作日）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Filing overdue: it was due on %1.</source>
        <translation>备案已逾期：截止日期为 %1。</translation>
    </message>
    <message>
        <source>Threshold reached: file with the provincial cyberspace administration within 30 working days.</source>
        <translation>已达到门槛：请在 30 个工作日内向省级网信部门备案。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>OK: all %1 door(s) and %2 camera(s) pass (face never the only way in, no face devices in private spaces, signs recorded).</source>
        <translation>正常：全部 %1 个门禁点和 %2 个摄像头均通过检查（人脸识别不是唯一通行方式，私密场所无人脸设备，提示标识均已登记）。</translation>
    </message>
    <message>
        <source>face is the only way through</source>
        <translation>人脸识别是唯一通行方式</translation>
    </message>
    <message>
        <source>face device in a private space</source>
        <translation>私密场所中有人脸设备</translation>
    </message>
    <message>
        <source>reads no card, PIN or QR code</source>
        <translation>不读取门禁卡、密码或二维码</translation>
    </message>
    <message>
        <source>no sign recorded</source>
        <translation>未登记提示标识</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Action needed (details in the compliance report): %1</source>
        <translation>需要处理（详见合规报告）：%1</translation>
    </message>
    <message>
        <source>Coverage violations (target 0)</source>
        <translation>覆盖缺口（目标为 0）</translation>
    </message>
    <message>
        <source>Show the &amp;list…</source>
        <translation>查看名单(&amp;L)…</translation>
    </message>
    <message>
        <source>Show the residents breaking the coverage rule</source>
        <translation>查看违反覆盖规则的住户</translation>
    </message>
    <message>
        <source>Deletions in the period</source>
        <translation>期间内的删除</translation>
    </message>
    <message>
        <source>People whose face data is held (filing threshold 100,000)</source>
        <translation>持有人脸数据的人数（备案门槛 10 万）</translation>
    </message>
    <message>
        <source>&amp;Holiday table…</source>
        <translation>节假日表(&amp;H)…</translation>
    </message>
    <message>
        <source>The working days that count the 30-working-day filing deadline.</source>
        <translation>用于计算“30 个工作日内备案”期限的工作日。</translation>
    </message>
    <message>
        <source>Doors and cameras failing the compliance check</source>
        <translation>未通过合规检查的门禁点和摄像头</translation>
    </message>
</context>
<context>
    <name>cg::ui::DeviceDeletionQueue</name>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Face data deletions waiting for devices</source>
        <translation>等待门禁设备删除的人脸信息</translation>
    </message>
    <message>
        <source>Confirm deleted on device…</source>
        <translation>确认设备上已删除…</translation>
    </message>
    <message>
        <source>Only when the device itself shows the face data is gone. Administrators only.</source>
        <translation>仅在设备本身显示人脸信息已删除时确认。仅限管理员。</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — 已超期</translation>
    </message>
    <message>
        <source>No device holds face data that was deleted here.</source>
        <translation>没有设备保存已在此删除的人脸信息。</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) waiting for door devices; the oldest has waited %1.</source>
        <translation>
            <numerusform>%n 项删除正在等待门禁设备执行；最早的一项已等待 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the %1 days promised in the notice.</source>
        <translation>
            <numerusform>其中 %n 项已超过告知书承诺的 %1 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <source>Has %1 deleted the face data of %2? Confirm only what the device shows.</source>
        <translation>%1 是否已删除 %2 的人脸信息？请只确认设备上显示的结果。</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>已确认。</translation>
    </message>
</context>
<context>
    <name>cg::ui::DevicesPage</name>
    <message>
        <source>none (whole picture hidden)</source>
        <translation>无（整个画面已打码）</translation>
    </message>
    <message>
        <source>Connected. Codec: %1 · Size: %2 × %3 · Frame rate: %4 · Detection: %5</source>
        <translation>已连接。编码：%1 · 尺寸：%2 × %3 · 帧率：%4 · 检测：%5</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Cameras, doors and lifts</source>
        <translation>摄像头、门和电梯</translation>
    </message>
    <message>
        <source>&amp;Cameras</source>
        <translation>摄像头(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Doors and lifts</source>
        <translation>门和电梯(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New camera</source>
        <translation>新建摄像头(&amp;N)</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <source>USB camera (V4L2)</source>
        <translation>USB 摄像头（V4L2）</translation>
    </message>
    <message>
        <source>Network camera (RTSP)</source>
        <translation>网络摄像头（RTSP）</translation>
    </message>
    <message>
        <source>Network camera (HTTP MJPEG)</source>
        <translation>网络摄像头（HTTP MJPEG）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>视频来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Connected &amp;devices:</source>
        <translation>已连接设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>File path, /dev/v4l/by-id/…, rtsp://… or http://… (no password here)</source>
        <translation>文件路径、/dev/v4l/by-id/…、rtsp://… 或 http://…（不要在此填写密码）</translation>
    </message>
    <message>
        <source>stored encrypted</source>
        <translation>加密保存</translation>
    </message>
    <message>
        <source>Feeds a face-recognition terminal (needs signage; never in private spaces)</source>
        <translation>用于人脸识别终端（须张贴提示标识；不得用于私密空间）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Connect now and show a blurred snapshot with codec, size and frame rate.</source>
        <translation>立即连接，显示打码后的截图及编码、尺寸和帧率。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>门禁卡</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>Watched by &amp;camera:</source>
        <translation>对应摄像头(&amp;C)：</translation>
    </message>
    <message>
        <source>Posted &amp;sign text:</source>
        <translation>提示标识内容(&amp;S)：</translation>
    </message>
    <message>
        <source>Sign posted on</source>
        <translation>标识张贴日期</translation>
    </message>
    <message>
        <source>Photo of the sign…</source>
        <translation>标识照片…</translation>
    </message>
    <message>
        <source>Private space (no face devices allowed)</source>
        <translation>私密空间（不允许人脸设备）</translation>
    </message>
    <message>
        <source>Save door</source>
        <translation>保存门设置</translation>
    </message>
    <message>
        <source>Readers:</source>
        <translation>读头：</translation>
    </message>
    <message>
        <source>Sign date:</source>
        <translation>标识日期：</translation>
    </message>
    <message>
        <source>Sign photo:</source>
        <translation>标识照片：</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Doors and lifts</source>
        <translation>门和电梯</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>Connecting (up to 8 s)…</source>
        <translation>正在连接（最多 8 秒）…</translation>
    </message>
    <message>
        <source>  [face]</source>
        <translation>  [人脸]</translation>
    </message>
    <message>
        <source>  [private]</source>
        <translation>  [私密]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>photo recorded (%1 KB)</source>
        <translation>已记录照片（%1 KB）</translation>
    </message>
    <message>
        <source>Photo of the posted sign</source>
        <translation>张贴标识的照片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose an image file under 4 MB.</source>
        <translation>请选择小于 4 MB 的图片文件。</translation>
    </message>
    <message>
        <source>Date the sign was posted</source>
        <translation>提示标识张贴日期</translation>
    </message>
    <message>
        <source>Nothing from this camera is stored: the live view only shows frames with faces blurred.</source>
        <translation>不保存此摄像头的任何画面：实时画面只显示已模糊人脸的图像。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n face(s) found</source>
        <translation>
            <numerusform>%1，发现 %n 张人脸</numerusform>
        </translation>
    </message>
    <message>
        <source>, whole picture pixelated</source>
        <translation>，整个画面已打码</translation>
    </message>
    <message numerus="yes">
        <source>, %n more area(s) blurred in case they are faces</source>
        <translation>
            <numerusform>，另有 %n 处可能是人脸的区域已打码</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cg::ui::DoorPanel</name>
    <message>
        <source>&amp;Door or lift</source>
        <translation>门或电梯(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reader input (card reader types here; or enter by hand)</source>
        <translation>读卡输入(&amp;R)（读卡器在此输入，也可手动输入）</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>门禁卡</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Unit + PIN</source>
        <translation>房号 + 密码</translation>
    </message>
    <message>
        <source>Card number, QR text or unit (e.g. 3-1502)</source>
        <translation>卡号、二维码内容或房号（如 3-1502）</translation>
    </message>
    <message>
        <source>Reader input</source>
        <translation>读卡输入</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Credential events at this door</source>
        <translation>此门的凭证通行记录</translation>
    </message>
    <message>
        <source>Opted out of face recognition (use card, PIN or QR)</source>
        <translation>不同意人脸识别的住户（使用门禁卡、密码或二维码）</translation>
    </message>
    <message>
        <source>no active credential — send to the desk</source>
        <translation>没有有效凭证 — 请到前台办理</translation>
    </message>
    <message>
        <source>%1 · %2 %3 — %4</source>
        <translation>%1 · %2 %3 — %4</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation>拒绝：%1</translation>
    </message>
    <message>
        <source>Kind of reader input</source>
        <translation>读卡输入类型</translation>
    </message>
    <message>
        <source>%1 ****%2</source>
        <translation>%1 ****%2</translation>
    </message>
</context>
<context>
    <name>cg::ui::FirstRunAdministratorPage</name>
    <message>
        <source>Repeat password: the two passwords differ. Type the same password twice.</source>
        <translation>再次输入密码：两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <source>The account that manages everything else.</source>
        <translation>管理其他一切的账户。</translation>
    </message>
    <message>
        <source>The administrator manages the other users (clerks, building managers, auditors), devices, notices and the retention policy. The password needs at least %1 characters and may not be the user name; keep it safe.</source>
        <translation>管理员负责管理其他用户（前台工作人员、楼宇经理、审计员）、设备、告知书和保存期限策略。密码至少 %1 个字符，且不能与用户名相同；请妥善保管。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name (optional):</source>
        <translation>姓名（可选）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
</context>
<context>
    <name>cg::ui::FirstRunCompanyPage</name>
    <message>
        <source>Property company</source>
        <translation>物业服务企业</translation>
    </message>
    <message>
        <source>Who residents deal with about their face data.</source>
        <translation>住户就其人脸信息与谁联系。</translation>
    </message>
    <message>
        <source>The notice residents read before they decide names your company as the processor of their face data and tells them how to reach you (PIPL Art. 17). An administrator can edit the whole notice later.</source>
        <translation>住户作出决定前阅读的告知书会写明贵公司是其人脸信息的处理者，并告诉住户如何联系您（《个人信息保护法》第十七条）。管理员以后可以编辑整份告知书。</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>电话(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Email (optional):</source>
        <translation>电子邮件（可选）(&amp;E)：</translation>
    </message>
    <message>
        <source>e.g. Greenfield Property Services Ltd.</source>
        <translation>例如：杭州绿苑物业服务有限公司</translation>
    </message>
    <message>
        <source>e.g. 0571-8888 1234</source>
        <translation>例如：0571-8888 1234</translation>
    </message>
    <message>
        <source>e.g. Property service centre, Building 1, 18 Lakeside Road</source>
        <translation>例如：湖滨路 18 号绿苑小区 1 幢物业服务中心</translation>
    </message>
    <message>
        <source>e.g. service@example.com</source>
        <translation>例如：service@example.com</translation>
    </message>
</context>
<context>
    <name>cg::ui::FirstRunFinishPage</name>
    <message>
        <source>Create the database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Check, then create and sign in.</source>
        <translation>请核对，然后创建并登录。</translation>
    </message>
    <message>
        <source>The database will be created at
%1
and its key in the folder
%2

Without the key, signatures, ID numbers and face data cannot be read: export it to a safe place once you are signed in (Help explains how).</source>
        <translation>数据库将创建于
%1
其密钥保存在文件夹
%2

没有密钥就无法读取签名、证件号码和人脸信息：登录后请将密钥导出并存放到安全的地方（“帮助”中有说明）。</translation>
    </message>
    <message>
        <source>The administrator will be added to the database
%1
and signed in at this desk.</source>
        <translation>管理员将添加到数据库
%1
并在本工作台登录。</translation>
    </message>
    <message>
        <source>Add a &amp;demo compound</source>
        <translation>添加演示小区(&amp;D)</translation>
    </message>
    <message>
        <source>Add a demo compound</source>
        <translation>添加演示小区</translation>
    </message>
    <message>
        <source>Invented buildings and residents, to try the console out. Leave it off for a real office.</source>
        <translation>虚构的楼栋和住户，用于试用本控制台。正式使用时请不要勾选。</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>规模(&amp;S)：</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>%1, about %2 residents</source>
        <translation>%1，约 %2 位住户</translation>
    </message>
    <message>
        <source>Size of the demo compound</source>
        <translation>演示小区的规模</translation>
    </message>
    <message>
        <source>Creating the database, the key and the administrator…</source>
        <translation>正在创建数据库、密钥和管理员……</translation>
    </message>
</context>
<context>
    <name>cg::ui::FirstRunLanguagePage</name>
    <message>
        <source>Welcome to ConsentGate</source>
        <translation>欢迎使用 ConsentGate</translation>
    </message>
    <message>
        <source>A few questions and the console is ready.</source>
        <translation>回答几个问题，控制台即可使用。</translation>
    </message>
    <message>
        <source>There is no ConsentGate database at
%1
yet. This short set-up creates it: choose the language, enter your property company&apos;s name and contact for the notice residents read, and create the first administrator. Nothing is written before the last step.</source>
        <translation>以下位置还没有 ConsentGate 数据库：
%1
本简短设置将创建它：选择语言，填写物业服务企业的名称和联系方式（写入住户阅读的告知书），并创建首位管理员。在最后一步之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>The database
%1
has no users yet. Choose the language and create the first administrator.</source>
        <translation>数据库
%1
还没有用户。请选择语言并创建首位管理员。</translation>
    </message>
    <message>
        <source>Language of the console</source>
        <translation>控制台语言</translation>
    </message>
    <message>
        <source>Does this office already have a database (a copy from another desk, a moved file)? Open it instead of creating a new one. If the office had ConsentGate before and this is a new computer, restore its backup.</source>
        <translation>本办公室已有数据库（来自另一个工作台的副本、移动过的文件）？请直接打开它，而不是新建。如果本办公室以前使用过 ConsentGate，而这是一台新电脑，请从备份恢复。</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>打开已有数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>打开已有数据库</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the database and its key from a backup</source>
        <translation>从备份恢复数据库及其密钥</translation>
    </message>
</context>
<context>
    <name>cg::ui::FirstRunWizard</name>
    <message>
        <source>Open a ConsentGate database</source>
        <translation>打开 ConsentGate 数据库</translation>
    </message>
    <message>
        <source>ConsentGate databases (*.sqlite *.db);;All files (*)</source>
        <translation>ConsentGate 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database is being created.</source>
        <translation>正在创建数据库。</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>ConsentGate set-up, step %1 of %2: %3</source>
        <translation>ConsentGate 初始设置，第 %1 步（共 %2 步）：%3</translation>
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
    <name>cg::ui::HolidayTableDialog</name>
    <message>
        <source>Holiday table (working days for legal deadlines)</source>
        <translation>节假日表（计算法定期限的工作日）</translation>
    </message>
    <message>
        <source>Working days count the 30-working-day filing deadline. Monday to Friday are working days unless a row says “holiday”; Saturday and Sunday are days off unless a row says “make-up working day” (调休上班). The State Council publishes each year&apos;s arrangement in the autumn of the year before.</source>
        <translation>“30 个工作日内备案”的期限按工作日计算。周一至周五为工作日，除非表中标为“节假日”；周六、周日休息，除非表中标为“调休上班”。国务院每年秋季公布下一年的放假安排。</translation>
    </message>
    <message>
        <source>Holidays and make-up working days</source>
        <translation>节假日和调休上班日</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Add a day</source>
        <translation>添加一天(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the selected day</source>
        <translation>删除所选日期(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the &amp;shipped table</source>
        <translation>恢复随软件提供的表(&amp;S)</translation>
    </message>
    <message>
        <source>Read-only: only a manager or administrator can change the holiday table.</source>
        <translation>只读：只有楼宇经理或管理员可以修改节假日表。</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>日期类型</translation>
    </message>
    <message numerus="yes">
        <source>%1: official State Council arrangement in the table (%n day(s)).</source>
        <translation>
            <numerusform>%1 年：表中已有国务院正式放假安排（共 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not yet published — enter it when the State Council publishes it. Until then only the statutory holidays are listed and deadlines in %1 are provisional.</source>
        <translation>%1 年：尚未公布——请在国务院公布后录入。在此之前表中只列出法定节假日，%1 年内的期限为暂定。</translation>
    </message>
    <message>
        <source>%1: not yet published — enter it when the State Council publishes it.</source>
        <translation>%1 年：尚未公布——请在国务院公布后录入。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>cg::ui::ListTab</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>cg::ui::LiveViewPage</name>
    <message>
        <source>GUI thread: p99 stall %1 ms · detector: %2</source>
        <translation>界面线程：p99 卡顿 %1 毫秒 · 检测器：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>实时画面</translation>
    </message>
    <message>
        <source>Live view — faces blurred</source>
        <translation>实时画面 — 人脸已打码</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>画面布局(&amp;G)：</translation>
    </message>
    <message>
        <source>1 camera</source>
        <translation>1 路</translation>
    </message>
    <message>
        <source>2 × 2</source>
        <translation>2 × 2</translation>
    </message>
    <message>
        <source>3 × 3</source>
        <translation>3 × 3</translation>
    </message>
    <message>
        <source>Show faces…</source>
        <translation>显示人脸…</translation>
    </message>
    <message>
        <source>Unblur the selected camera for a limited time (needs a reason; recorded in the audit log).</source>
        <translation>在限定时间内取消所选摄像头的打码（须填写理由；记入审计日志）。</translation>
    </message>
    <message>
        <source>No cameras yet. Add one on the Devices page.</source>
        <translation>还没有摄像头。请在“设备”页面添加。</translation>
    </message>
    <message>
        <source>Click a camera first.</source>
        <translation>请先点击一个摄像头画面。</translation>
    </message>
    <message>
        <source>Show faces on %1</source>
        <translation>显示 %1 的人脸</translation>
    </message>
    <message>
        <source>Faces stay blurred unless there is a reason. This is recorded in the audit log with your name and shown on screen.</source>
        <translation>没有正当理由时人脸始终打码。此操作将连同您的姓名记入审计日志，并在画面上显示。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>分钟数(&amp;M)：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Face detection</source>
        <translation>人脸检测</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Live view — whole picture pixelated</source>
        <translation>实时画面 — 整个画面已打码</translation>
    </message>
</context>
<context>
    <name>cg::ui::LockScreen</name>
    <message>
        <source>ConsentGate — locked</source>
        <translation>ConsentGate — 已锁定</translation>
    </message>
    <message>
        <source>The console is locked</source>
        <translation>控制台已锁定</translation>
    </message>
    <message>
        <source>Signed in: %1. Enter your password to continue, or switch user for the next shift.</source>
        <translation>当前登录：%1。请输入密码继续使用，或为下一班次切换用户。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>解锁提示</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>切换用户(&amp;W)</translation>
    </message>
</context>
<context>
    <name>cg::ui::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>ConsentGate — consent-first access console</source>
        <translation>ConsentGate — 以同意为先的门禁控制台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>cg::ui::MoveOutWizard</name>
    <message>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Who moves out, and when?</source>
        <translation>谁迁出？何时迁出？</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message numerus="yes">
        <source>Everyone in %1 (%n people)</source>
        <translation>
            <numerusform>%1 的全部住户（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. sold the flat, lease ended</source>
        <translation>例如：房屋已出售、租约到期</translation>
    </message>
    <message>
        <source>Move-out date:</source>
        <translation>迁出日期：</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>原因（可选）：</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>将执行的操作</translation>
    </message>
    <message>
        <source>Access stops at once. Nothing is changed until you press “Move out”.</source>
        <translation>通行权限将立即停止。在您按下“迁出”之前，不会做任何更改。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No credential or face-data service is connected yet: check the door system by hand.</source>
        <translation>尚未连接凭证或人脸数据服务：请手动检查门禁系统。</translation>
    </message>
    <message>
        <source>Recorded in the audit log.</source>
        <translation>已记入审计日志。</translation>
    </message>
</context>
<context>
    <name>cg::ui::NoticeEditor</name>
    <message>
        <source>Required part</source>
        <translation>必填项</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Required before publishing</source>
        <translation>发布前必须填写</translation>
    </message>
    <message>
        <source>This part is empty</source>
        <translation>此项为空</translation>
    </message>
</context>
<context>
    <name>cg::ui::NoticesPage</name>
    <message>
        <source>Notices</source>
        <translation>告知书</translation>
    </message>
    <message>
        <source>Notices to residents</source>
        <translation>给住户的告知书</translation>
    </message>
    <message>
        <source>Residents read this notice before deciding on face recognition. Published versions never change; edit the draft in both languages and publish it as a new version.</source>
        <translation>住户在决定是否同意人脸识别之前阅读本告知书。已发布的版本不能再修改；请用中英文两种语言编辑草稿，再发布为新版本。</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
    <message>
        <source>Notice versions</source>
        <translation>告知书版本</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>保存草稿（Ctrl+S）</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Publish as new version…</source>
        <translation>发布为新版本…</translation>
    </message>
    <message>
        <source>Residents see the new version at their next session. Nothing is published while a part is empty.</source>
        <translation>住户在下一次办理时看到新版本。任何一项为空时都不能发布。</translation>
    </message>
    <message>
        <source>Consent periods</source>
        <translation>同意期限</translation>
    </message>
    <message>
        <source>Re-consent &amp;grace period:</source>
        <translation>重新征求同意的宽限期(&amp;G)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>How long residents asked again (new notice scope, turned 14, guardian moved out) keep face recognition before their face data is deleted.</source>
        <translation>需重新征得同意的住户（告知书范围变更、年满 14 周岁、监护人已搬离）在人脸信息被删除之前，还可以继续使用人脸识别的天数。</translation>
    </message>
    <message>
        <source>Consent &amp;expires after:</source>
        <translation>同意有效期(&amp;E)：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>After this period face data is deleted as on withdrawal, unless the resident agrees again.</source>
        <translation>期满后，除非住户再次同意，人脸信息将像撤回同意时一样被删除。</translation>
    </message>
    <message>
        <source>Save periods</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前版本）</translation>
    </message>
    <message>
        <source>Draft, saved %1 times. Edit both languages, then publish.</source>
        <translation>草稿，已保存 %1 次。请编辑中英文两种语言后发布。</translation>
    </message>
    <message>
        <source>Draft, not saved yet (starts from the current version).</source>
        <translation>草稿，尚未保存（以当前版本为起点）。</translation>
    </message>
    <message>
        <source>Version %1, published %2 by %3 · SHA-256 %4 · read-only</source>
        <translation>第 %1 版，%2 由 %3 发布 · SHA-256 %4 · 只读</translation>
    </message>
    <message numerus="yes">
        <source>This version changed purpose, method or data categories: residents were asked again (grace period %n day(s)).</source>
        <translation>
            <numerusform>此版本变更了处理目的、方式或信息种类：已重新征求住户同意（宽限期 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No notice is published yet.</source>
        <translation>尚未发布任何告知书。</translation>
    </message>
    <message>
        <source>Only an administrator can change notices.</source>
        <translation>只有管理员可以修改告知书。</translation>
    </message>
    <message>
        <source>Not ready to publish: %1</source>
        <translation>还不能发布：%1</translation>
    </message>
    <message>
        <source>This text is already published as version %1. Change something before publishing.</source>
        <translation>此内容已作为第 %1 版发布。请先修改内容再发布。</translation>
    </message>
    <message numerus="yes">
        <source>Publishing as version %1 changes the purpose, method or data categories: %n resident(s) with active consent will be marked “re-consent needed”. They keep face recognition until %2 (grace period), then their face data is deleted unless they agree again.</source>
        <translation>
            <numerusform>发布为第 %1 版将变更处理目的、方式或信息种类：%n 位已同意的住户将被标记为“需重新征得同意”。他们在 %2 之前（宽限期）仍可使用人脸识别，之后除非再次同意，其人脸信息将被删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing as version %1 does not change purpose, method or data categories: nobody needs to be asked again.</source>
        <translation>发布为第 %1 版不会变更处理目的、方式或信息种类：无需重新征求任何人的同意。</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>已放弃修改。</translation>
    </message>
    <message>
        <source>Publish this notice as version %1? It can never be changed afterwards.</source>
        <translation>将此告知书发布为第 %1 版？发布后不能再修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) will be marked “re-consent needed”.</source>
        <translation>
            <numerusform>%n 位住户将被标记为“需重新征得同意”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish notice</source>
        <translation>发布告知书</translation>
    </message>
    <message>
        <source>Published as version %1 (SHA-256 %2).</source>
        <translation>已发布为第 %1 版（SHA-256 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) marked “re-consent needed”; they appear in the consent desk&apos;s re-consent list.</source>
        <translation>
            <numerusform>已将 %n 位住户标记为“需重新征得同意”；他们显示在同意办理台的“需重新征求同意”列表中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent periods saved.</source>
        <translation>同意期限已保存。</translation>
    </message>
</context>
<context>
    <name>cg::ui::QtChartPainter</name>
    <message>
        <source>%1: %2 (%3%)</source>
        <comment>pie slice: name, count, share in per cent</comment>
        <translation>%1：%2（%3%）</translation>
    </message>
</context>
<context>
    <name>cg::ui::ReceiptPrinter</name>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <source>Receipt printer (80 mm)</source>
        <translation>小票打印机（80 毫米）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Paper for the receipt:</source>
        <translation>回执用纸：</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>同意回执</translation>
    </message>
    <message>
        <source>Notice to take home</source>
        <translation>带回家的告知书</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Print a receipt for the resident?</source>
        <translation>为住户打印回执吗？</translation>
    </message>
</context>
<context>
    <name>cg::ui::ReconsentList</name>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Why ask again</source>
        <translation>重新征求同意的原因</translation>
    </message>
    <message>
        <source>Face data kept until</source>
        <translation>人脸信息保留至</translation>
    </message>
    <message>
        <source>Residents to ask again</source>
        <translation>需重新征求同意的住户</translation>
    </message>
    <message>
        <source>Start consent session for the selected resident (Enter)</source>
        <translation>为所选住户开始同意办理（Enter）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1（还剩 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody needs to be asked again.</source>
        <translation>没有需要重新征求同意的住户。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) must be asked again in person. Until they decide, face recognition keeps working only until the date shown; then their face data is deleted and they use their card, PIN or QR code.</source>
        <translation>
            <numerusform>%n 位住户需要当面重新征求同意。在他们作出决定之前，人脸识别只能使用到所示日期；之后其人脸信息将被删除，改用门禁卡、密码或二维码通行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cg::ui::ResidentEditor</name>
    <message>
        <source>(will be removed when you save)</source>
        <translation>（保存时将删除）</translation>
    </message>
    <message>
        <source>No guardian</source>
        <translation>无监护人</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Write the date as 2024-03-05.</source>
        <translation>请按 2024-03-05 的格式填写日期。</translation>
    </message>
    <message>
        <source>Show the full ID number</source>
        <translation>显示完整证件号码</translation>
    </message>
    <message>
        <source>Why is the full number needed? (This is written to the audit log.)</source>
        <translation>为什么需要完整号码？（此原因将记入审计日志。）</translation>
    </message>
    <message>
        <source>Resident: %1</source>
        <translation>住户：%1</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>新住户</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Building and unit:</source>
        <translation>楼栋和房号(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>身份(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>监护人(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation>无障碍需求：</translation>
    </message>
    <message>
        <source>&amp;Moved in:</source>
        <translation>入住日期(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Lease ends:</source>
        <translation>租约到期(&amp;L)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>13812345678, 0571-87654321 or +44…</source>
        <translation>13812345678、0571-87654321 或 +44…</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>18-digit resident ID or passport number (optional)</source>
        <translation>18 位居民身份证号码或护照号码（可选）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Show full…</source>
        <translation>显示完整号码…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（如 2024-03-05）</translation>
    </message>
    <message>
        <source>Left empty, the birth date is taken from a resident ID number.</source>
        <translation>如不填写，将从居民身份证号码中读取出生日期。</translation>
    </message>
    <message>
        <source>Residents under 14 need an adult guardian living in the same unit.</source>
        <translation>未满 14 周岁的住户需要一位住在同一房屋的成年监护人。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cg::ui::ResidentImportDialog</name>
    <message>
        <source>Import residents</source>
        <translation>导入住户</translation>
    </message>
    <message>
        <source>A CSV file from a spreadsheet: UTF-8 or GB18030 (Chinese Excel), comma or tab separated, with a header row in Chinese or English. Building, unit and name are required. Nothing is imported unless every line is correct.</source>
        <translation>从电子表格导出的 CSV 文件：UTF-8 或 GB18030（中文版 Excel）编码，以逗号或制表符分隔，首行为中文或英文表头。楼栋、房号和姓名为必填项。只有每一行都正确时才会导入。</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>文件预览</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>文件中发现的问题</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>%1
(ignored)</source>
        <translation>%1
（忽略）</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read, %4 problems. Correct the file and choose it again; nothing was imported.</source>
        <translation>%1（%2）：已读取 %3 行，发现 %4 个问题。请修改文件后重新选择；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 residents ready to import; %4 new units and %5 new buildings will be created.</source>
        <translation>%1（%2）：%3 名住户可以导入；将新建 %4 套房屋和 %5 栋楼。</translation>
    </message>
    <message>
        <source>Imported %1 residents from %2.</source>
        <translation>已从 %2 导入 %1 名住户。</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>无障碍需求</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation>租约到期</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cg::ui::ResidentPicker</name>
    <message>
        <source>Find a resident</source>
        <translation>查找住户</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>找到的住户</translation>
    </message>
    <message>
        <source>moved out</source>
        <translation>已搬离</translation>
    </message>
    <message>
        <source>Name, unit or phone</source>
        <translation>姓名、房号或电话</translation>
    </message>
    <message>
        <source>Find a resident by name, unit or phone number</source>
        <translation>按姓名、房号或电话号码查找住户</translation>
    </message>
</context>
<context>
    <name>cg::ui::ResidentTableModel</name>
    <message>
        <source>Face consent</source>
        <translation>人脸识别同意</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少凭证</translation>
    </message>
    <message>
        <source>Former resident %1</source>
        <translation>原住户 %1</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>已匿名化</translation>
    </message>
    <message>
        <source>Moved out %1</source>
        <translation>已于 %1 迁出</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>未满 14 周岁</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
</context>
<context>
    <name>cg::ui::ResidentWindow</name>
    <message>
        <source>Your decision on face recognition</source>
        <translation>您对人脸识别的决定</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>住户：%1</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大字体</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>%1 is under 14. The guardian, %2, reads this notice, decides and signs for the child.</source>
        <translation>%1 未满 14 周岁。由监护人 %2 阅读本告知书，代为决定并签字。</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>告知书版本</translation>
    </message>
    <message>
        <source>Notice on face recognition</source>
        <translation>人脸识别告知书</translation>
    </message>
    <message>
        <source>Do you agree that your face is used to open the doors? Either answer is fine: you get in just the same.</source>
        <translation>您是否同意用您的人脸开门？选择任何一项都可以：您的通行完全不受影响。</translation>
    </message>
    <message>
        <source>I agree to face recognition</source>
        <translation>我同意人脸识别</translation>
    </message>
    <message>
        <source>I do not agree — give me a card, PIN or QR</source>
        <translation>我不同意 — 请给我门禁卡、密码或二维码</translation>
    </message>
    <message>
        <source>Sign here to confirm your choice.</source>
        <translation>请在此签字确认您的选择。</translation>
    </message>
    <message>
        <source>Guardian: sign here to confirm the choice.</source>
        <translation>监护人：请在此签字确认选择。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Cancel — decide later</source>
        <translation>取消 — 以后再决定</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Read the notice, then choose one of the two answers.</source>
        <translation>请阅读告知书，然后选择其中一项。</translation>
    </message>
    <message>
        <source>Now sign in the box.</source>
        <translation>请在框内签字。</translation>
    </message>
    <message>
        <source>Press Confirm to record your decision.</source>
        <translation>请按“确认”记录您的决定。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Thank you. Your decision was recorded.</source>
        <translation>谢谢。您的决定已记录。</translation>
    </message>
    <message>
        <source>Sign with a finger, a pen or the mouse — or type your name</source>
        <translation>可用手指、手写笔或鼠标签字，也可用键盘输入您的姓名</translation>
    </message>
    <message>
        <source>Signed by typing the name with the keyboard</source>
        <translation>此签名为用键盘输入的姓名</translation>
    </message>
    <message>
        <source>Draw your signature, or type your name with the keyboard.</source>
        <translation>请手写签名，或用键盘输入您的姓名。</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
</context>
<context>
    <name>cg::ui::ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Type to search · Enter opens · Ctrl+N new resident</source>
        <translation>直接输入即可搜索 · 回车打开 · Ctrl+N 新建住户</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Export residents</source>
        <translation>导出住户</translation>
    </message>
    <message>
        <source>ID numbers masked (3301**********1234)</source>
        <translation>证件号码打码（3301**********1234）</translation>
    </message>
    <message>
        <source>Include full ID numbers — a provision of personal data, written to the audit log</source>
        <translation>包含完整证件号码——属于提供个人信息，将记入审计日志</translation>
    </message>
    <message>
        <source>Chinese column headers</source>
        <translation>中文表头</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 residents to %2.</source>
        <translation>已将 %1 名住户导出到 %2。</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>搜索住户</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部身份</translation>
    </message>
    <message>
        <source>Any face consent</source>
        <translation>人脸识别同意：全部</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>Any credentials</source>
        <translation>凭证：全部</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Face consent</source>
        <translation>人脸识别同意</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Current residents only</source>
        <translation>仅显示在住住户</translation>
    </message>
    <message>
        <source>&amp;New resident</source>
        <translation>新建住户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Move out…</source>
        <translation>迁出(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Residents: more than %L1 — type more to narrow the search, or scroll to the end to count them all.</source>
        <translation>住户：超过 %L1 位 —— 请多输入几个字缩小范围，或滚动到列表末尾统计全部。</translation>
    </message>
    <message>
        <source>Residents: %L1</source>
        <translation>住户：%L1 位</translation>
    </message>
    <message>
        <source>Name, unit, phone or pinyin</source>
        <translation>姓名、房号、电话或拼音</translation>
    </message>
    <message>
        <source>Search by name, unit, phone or pinyin initials (e.g. wxm for 王小明)</source>
        <translation>按姓名、房号、电话或拼音首字母搜索（如 wxm 即王小明）</translation>
    </message>
</context>
<context>
    <name>cg::ui::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Puts a backup made with “Back up database and key” back: the database copy and its key, to %1. First the backup is checked and compared with what is there now; nothing changes until you press Restore.</source>
        <translation>将用“备份数据库和密钥”制作的备份（数据库副本及其密钥）恢复到 %1。先核验备份并与现有内容比较；在您按下“恢复”之前，不会做任何更改。</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;heck backup</source>
        <translation>核验备份(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>A database already exists there. Restoring replaces it: it is kept as a set-aside file, but everything listed under “Restoring loses” is missing from the restored database.</source>
        <translation>那里已有数据库。恢复会替换它：它会被改名保留为单独的文件，但“恢复后将丢失”下列出的内容在恢复后的数据库中将不复存在。</translation>
    </message>
    <message>
        <source>I &amp;understand: replace the current database</source>
        <translation>我已了解：替换当前数据库(&amp;U)</translation>
    </message>
    <message>
        <source>Backup folder to restore</source>
        <translation>要恢复的备份文件夹</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>备份口令</translation>
    </message>
    <message>
        <source>Confirm replacing the current database</source>
        <translation>确认替换当前数据库</translation>
    </message>
    <message>
        <source>What the backup holds and what restoring will do</source>
        <translation>备份的内容以及恢复将要做的事</translation>
    </message>
    <message>
        <source>Choose the backup folder and type its passphrase, then press Check backup.</source>
        <translation>请选择备份文件夹并输入其口令，然后按“核验备份”。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在核验备份…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>无法使用此备份：%1</translation>
    </message>
    <message>
        <source>The restore FAILED: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
</context>
<context>
    <name>cg::ui::ScreenshotTour</name>
    <message>
        <source>Screenshot tour: the buttons below are Qt&apos;s standard buttons.</source>
        <translation>截图巡览：下方按钮为 Qt 标准按钮。</translation>
    </message>
</context>
<context>
    <name>cg::ui::Session</name>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cg::ui::SessionController</name>
    <message>
        <source>&amp;Lock the console</source>
        <translation>锁定控制台(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>cg::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Database ID:</source>
        <translation>数据库编号：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Console language:</source>
        <translation>控制台语言：</translation>
    </message>
    <message>
        <source>Console language</source>
        <translation>控制台语言</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>ConsentGate %1 — face recognition only for residents who freely agreed, and an equal card, PIN or QR code for everyone else. Data is processed on this computer only.</source>
        <translation>ConsentGate %1 — 只为自愿同意的住户使用人脸识别，其他人可使用同样便利的门禁卡、密码或二维码。数据只在这台电脑上处理。</translation>
    </message>
</context>
<context>
    <name>cg::ui::ShortcutToolTips</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A control&apos;s tooltip with its keyboard shortcut, e.g. &quot;New resident (Ctrl+N)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>cg::ui::SignInDialog</name>
    <message>
        <source>Sign in — ConsentGate</source>
        <translation>登录 — ConsentGate</translation>
    </message>
    <message>
        <source>Sign in to ConsentGate</source>
        <translation>登录 ConsentGate</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>登录提示</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>cg::ui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码两次。</translation>
    </message>
</context>
<context>
    <name>cg::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>User %1 created as %2.</source>
        <translation>已创建用户 %1，角色为%2。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已无法登录。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
    <message>
        <source>New password set for %1; a lockout, if any, is lifted.</source>
        <translation>已为 %1 设置新密码；如有锁定，已一并解除。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>%1 的新角色：</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 现在的角色是：%2。</translation>
    </message>
    <message numerus="yes">
        <source>The console now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>控制台现在将在无人操作 %n 分钟后锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators manage users.</source>
        <translation>只有管理员可以管理用户。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign-in and lock</source>
        <translation>登录与锁定</translation>
    </message>
    <message>
        <source>&amp;Lock the console after this many minutes without use:</source>
        <translation>无人操作多少分钟后锁定控制台(&amp;L)：</translation>
    </message>
    <message>
        <source>Idle lock minutes</source>
        <translation>空闲锁定分钟数</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>cg::ui::ViolationsDialog</name>
    <message>
        <source>Coverage violations</source>
        <translation>覆盖缺口</translation>
    </message>
    <message>
        <source>These residents have no face consent and cannot pass every door with a card, PIN or QR code. Issue them a credential on the Credentials page.</source>
        <translation>以下住户未同意人脸识别，且无法用门禁卡、密码或二维码通过所有门。请在“凭证”页面为他们发放凭证。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>显示前 %1 位（共 %2 位）。</translation>
    </message>
    <message>
        <source>Residents breaking the coverage rule</source>
        <translation>违反覆盖规则的住户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
</context>
<context>
    <name>cg::ui::WithdrawalDialog</name>
    <message>
        <source>Record withdrawal of consent</source>
        <translation>登记撤回同意</translation>
    </message>
    <message>
        <source>%1 withdraws consent to face recognition. Their face data is deleted at once and a card, PIN or QR code is issued or confirmed in the same step.</source>
        <translation>%1 撤回对人脸识别的同意。其人脸信息将立即删除，并同时发放或确认门禁卡、密码或二维码。</translation>
    </message>
    <message>
        <source>In person, signed here</source>
        <translation>本人到场，在此签字</translation>
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
        <source>Signed paper form (scan)</source>
        <translation>已签字的纸质表格（扫描件）</translation>
    </message>
    <message>
        <source>How the withdrawal arrived</source>
        <translation>撤回的提出方式</translation>
    </message>
    <message>
        <source>Date received:</source>
        <translation>收到日期：</translation>
    </message>
    <message>
        <source>Resident&apos;s signature:</source>
        <translation>住户签名：</translation>
    </message>
    <message>
        <source>The resident signs here</source>
        <translation>住户在此签字</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>附加扫描件…</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>未附扫描件</translation>
    </message>
    <message>
        <source>Optional: who called, reference of the letter</source>
        <translation>可选：来电人、信件编号</translation>
    </message>
    <message>
        <source>How it arrived:</source>
        <translation>提出方式：</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>扫描件：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Record withdrawal and delete face data</source>
        <translation>登记撤回并删除人脸信息</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>附加扫描件</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not an image ConsentGate can read.</source>
        <translation>%1 不是 ConsentGate 能读取的图片。</translation>
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
    <name>cg::vision::BlurPolicy</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Detector: %1 · faces blurred</source>
        <translation>检测器：%1 · 人脸已打码</translation>
    </message>
    <message>
        <source>Detector: %1 · whole picture pixelated (this detector misses too many faces)</source>
        <translation>检测器：%1 · 整个画面已打码（此检测器漏检人脸过多）</translation>
    </message>
    <message>
        <source>The installed face detector (%1) finds too few of the faces in a crowd to keep them private, so the whole picture is shown coarsely pixelated; faces found are still marked and counted. To see the picture with only faces blurred, put the YuNet model file %2 (MIT licence, OpenCV Zoo) in the models folder (--models DIR or the data folder) and reopen this page.</source>
        <translation>已安装的人脸检测器（%1）在人群中只能找到少部分人脸，无法保护每个人的隐私，因此整个画面以粗马赛克显示；找到的人脸仍会标出并计数。若要只对人脸打码、其余画面正常显示，请将 YuNet 模型文件 %2（MIT 许可，来自 OpenCV Zoo）放入模型文件夹（--models DIR 或数据文件夹），然后重新打开此页面。</translation>
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
    <name>main</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Folder holding the database keys.</source>
        <translation>存放数据库密钥的文件夹。</translation>
    </message>
    <message>
        <source>Folder with face detector models.</source>
        <translation>存放人脸检测模型的文件夹。</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands:</source>
        <translation>未知命令“%1”。可用命令：</translation>
    </message>
    <message>
        <source>ConsentGate console</source>
        <translation>ConsentGate 控制台</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Cannot open the database keys</source>
        <translation>无法打开数据库密钥</translation>
    </message>
    <message>
        <source>ConsentGate: face recognition only for residents who agreed, an equal card, PIN or QR code for everyone else.
Without a command it starts the console.</source>
        <translation>ConsentGate：只为同意的住户使用人脸识别，其他人可使用同样便利的门禁卡、密码或二维码。
不带命令运行时启动控制台。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed or denied, 2 usage error, 3 database or key problem.</source>
        <translation>退出码：0 完成，1 失败或被拒绝，2 用法错误，3 数据库或密钥问题。</translation>
    </message>
    <message>
        <source>Restore a backup before opening the database.</source>
        <translation>在打开数据库之前恢复备份。</translation>
    </message>
</context>
</TS>
