<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>AuditDialog</name>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>Nothing has been recorded yet.</source>
      <translation>ยังไม่มีรายการบันทึก</translation>
    </message>
    <message>
      <source>Personal data log</source>
      <translation>บันทึกการใช้ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
      <source>What was done with personal data in this data folder: imports, exports, erasures and restores, with who and when (PDPA).</source>
      <translation>การดำเนินการกับข้อมูลส่วนบุคคลในโฟลเดอร์ข้อมูลนี้ ได้แก่ การนำเข้า การส่งออก การลบ และการกู้คืน พร้อมผู้ดำเนินการและวันเวลา (ตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล)</translation>
    </message>
  </context>
  <context>
    <name>CloudFolderDialog</name>
    <message>
      <source>Keep using this folder</source>
      <translation>ใช้โฟลเดอร์นี้ต่อไป</translation>
    </message>
    <message>
      <source>Move the data to a folder on this computer: {folder}. Backups keep being made there; to share data between laptops, use File → Back up now and copy the backup.</source>
      <translation>ย้ายข้อมูลไปไว้ในโฟลเดอร์บนเครื่องนี้: {folder} โปรแกรมจะสำรองข้อมูลที่นั่นต่อไปตามปกติ หากต้องการส่งข้อมูลไปยังเครื่องอื่น ให้ใช้เมนู แฟ้ม → สำรองข้อมูลเดี๋ยวนี้ แล้วคัดลอกไฟล์สำรองไป</translation>
    </message>
    <message>
      <source>Move to a local folder</source>
      <translation>ย้ายไปโฟลเดอร์บนเครื่องนี้</translation>
    </message>
    <message>
      <source>Organiser: the data folder is not safe</source>
      <translation>Organiser: โฟลเดอร์ข้อมูลไม่ปลอดภัย</translation>
    </message>
    <message>
      <source>The data folder is in a folder synced by {service}</source>
      <translation>โฟลเดอร์ข้อมูลอยู่ในโฟลเดอร์ที่ซิงก์กับ {service}</translation>
    </message>
    <message>
      <source>The data folder is on a network drive</source>
      <translation>โฟลเดอร์ข้อมูลอยู่บนไดรฟ์เครือข่าย</translation>
    </message>
  </context>
  <context>
    <name>ErasePersonDialog</name>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>Erase a person's data</source>
      <translation>ลบข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
      <source>Erase for good</source>
      <translation>ลบถาวร</translation>
    </message>
    <message>
      <source>Erase for good…</source>
      <translation>ลบถาวร…</translation>
    </message>
    <message>
      <source>Erase the personal data of {name} for good?</source>
      <translation>ลบข้อมูลส่วนบุคคลของ {name} อย่างถาวรหรือไม่</translation>
    </message>
    <message>
      <source>Erased. The person is now shown as {label}.</source>
      <translation>ลบแล้ว บุคคลนี้จะแสดงเป็น {label}</translation>
    </message>
    <message>
      <source>Name, nickname, phone or organisation</source>
      <translation>ชื่อ ชื่อเล่น เบอร์โทรศัพท์ หรือหน่วยงาน</translation>
    </message>
    <message>
      <source>These copies still hold the person's data and could not be scrubbed:
{files}
Delete them?</source>
      <translation>สำเนาเหล่านี้ยังมีข้อมูลของบุคคลนี้อยู่ และลบออกจากสำเนาไม่ได้:
{files}
ต้องการลบสำเนาเหล่านี้ทิ้งหรือไม่</translation>
    </message>
    <message>
      <source>This cannot be undone, not even from a backup.</source>
      <translation>ไม่สามารถยกเลิกได้ แม้จะกู้คืนจากข้อมูลสำรองก็ตาม</translation>
    </message>
    <message>
      <source>When someone asks for their personal data to be deleted (PDPA), find them here. Their name becomes an anonymous label and their contact details, notes, needs and consent are removed from the database and from its backups. Attendance and plans keep working, without their identity. This cannot be undone.</source>
      <translation>เมื่อเจ้าของข้อมูลขอให้ลบข้อมูลส่วนบุคคล (ตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล) ให้ค้นหาชื่อที่นี่ ชื่อจะถูกแทนด้วยป้ายนิรนาม และข้อมูลติดต่อ หมายเหตุ ความต้องการพิเศษ และความยินยอม จะถูกลบออกจากฐานข้อมูลและข้อมูลสำรองทั้งหมด ข้อมูลการเข้าร่วมและแผนงานยังใช้ได้ตามเดิมโดยไม่ระบุตัวบุคคล การลบนี้ไม่สามารถยกเลิกได้</translation>
    </message>
  </context>
  <context>
    <name>PrivacyDialogs</name>
    <message>
      <source>Details</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>โทรศัพท์</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>What</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <source>When</source>
      <translation>วันเวลา</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>ผู้ดำเนินการ</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Choose the backup to go back to. The database as it is now is backed up first, so a restore can itself be undone.</source>
      <translation>เลือกข้อมูลสำรองที่ต้องการย้อนกลับไป โปรแกรมจะสำรองฐานข้อมูลปัจจุบันไว้ก่อน จึงย้อนการกู้คืนได้ในภายหลัง</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>DAMAGED, cannot be restored</source>
      <translation>เสียหาย กู้คืนไม่ได้</translation>
    </message>
    <message>
      <source>Go back to the backup made {when}? It holds {people} people and {events} seminars. The database as it is now is backed up first.</source>
      <translation>ย้อนกลับไปใช้ข้อมูลสำรองเมื่อ {when} หรือไม่ ข้อมูลสำรองนี้มีรายชื่อบุคคล {people} คน และงานสัมมนา {events} งาน โปรแกรมจะสำรองฐานข้อมูลปัจจุบันไว้ก่อน</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>สำรองเมื่อ</translation>
    </message>
    <message>
      <source>Memoranda</source>
      <translation>บันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>Organiser databases (*.sqlite3 *.db);;All files (*)</source>
      <translation>ฐานข้อมูล Organiser (*.sqlite3 *.db);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
      <source>People</source>
      <translation>บุคคล</translation>
    </message>
    <message>
      <source>Plans</source>
      <translation>แผนงาน</translation>
    </message>
    <message>
      <source>Replace the database with {file}? The database as it is now is backed up first.</source>
      <translation>แทนที่ฐานข้อมูลด้วย {file} หรือไม่ โปรแกรมจะสำรองฐานข้อมูลปัจจุบันไว้ก่อน</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
      <source>Restore from a file</source>
      <translation>กู้คืนจากไฟล์</translation>
    </message>
    <message>
      <source>Restore from a file…</source>
      <translation>กู้คืนจากไฟล์…</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>กู้คืนข้อมูลสำรองนี้</translation>
    </message>
    <message>
      <source>Restored. The database before the restore was kept as {file}.</source>
      <translation>กู้คืนเรียบร้อยแล้ว ฐานข้อมูลก่อนกู้คืนเก็บไว้เป็น {file}</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>กำลังกู้คืน…</translation>
    </message>
    <message>
      <source>Seminars</source>
      <translation>งานสัมมนา</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>ขนาด</translation>
    </message>
    <message>
      <source>There are no backups yet. Use File → Back up now.</source>
      <translation>ยังไม่มีข้อมูลสำรอง ใช้เมนู แฟ้ม → สำรองข้อมูลเดี๋ยวนี้</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>เหตุที่สำรอง</translation>
    </message>
  </context>
  <context>
    <name>SafetyMenu</name>
    <message>
      <source>Erase a person's data…</source>
      <translation>ลบข้อมูลส่วนบุคคล…</translation>
    </message>
    <message>
      <source>Personal data log…</source>
      <translation>บันทึกการใช้ข้อมูลส่วนบุคคล…</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>กู้คืนจากข้อมูลสำรอง…</translation>
    </message>
  </context>
  <context>
    <name>SafetyStartup</name>
    <message>
      <source>Choose a backup</source>
      <translation>เลือกข้อมูลสำรอง</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <source>Organiser databases (*.sqlite3 *.db);;All files (*)</source>
      <translation>ฐานข้อมูล Organiser (*.sqlite3 *.db);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
      <source>Your data is now in {folder}. The old folder keeps a copy of the database, set aside so that nothing writes to it.</source>
      <translation>ย้ายข้อมูลไปไว้ที่ {folder} แล้ว โฟลเดอร์เดิมยังเก็บสำเนาฐานข้อมูลไว้ โดยแยกไว้ต่างหากเพื่อไม่ให้มีการบันทึกทับ</translation>
    </message>
  </context>
  <context>
    <name>StartupProblemDialog</name>
    <message>
      <source>Choose another backup…</source>
      <translation>เลือกข้อมูลสำรองอื่น…</translation>
    </message>
    <message>
      <source>Organiser: the database needs attention</source>
      <translation>Organiser: ฐานข้อมูลมีปัญหา</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
      <source>Restore the backup from {when}</source>
      <translation>กู้คืนข้อมูลสำรองเมื่อ {when}</translation>
    </message>
    <message>
      <source>Start with an empty database</source>
      <translation>เริ่มด้วยฐานข้อมูลว่าง</translation>
    </message>
    <message>
      <source>Technical detail for support: {problem}</source>
      <translation>รายละเอียดทางเทคนิคสำหรับผู้ดูแลระบบ: {problem}</translation>
    </message>
    <message>
      <source>The database is damaged</source>
      <translation>ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
      <source>The database is missing</source>
      <translation>ไม่พบฐานข้อมูล</translation>
    </message>
  </context>
  <context>
    <name>UnexpectedErrorDialog</name>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>คัดลอกแล้ว</translation>
    </message>
    <message>
      <source>Copy details for support</source>
      <translation>คัดลอกรายละเอียดเพื่อส่งผู้ดูแล</translation>
    </message>
    <message>
      <source>Open the log folder</source>
      <translation>เปิดโฟลเดอร์บันทึกการทำงาน</translation>
    </message>
    <message>
      <source>Organiser: something went wrong</source>
      <translation>Organiser: เกิดข้อผิดพลาด</translation>
    </message>
    <message>
      <source>Something unexpected went wrong: {summary}

What was saved before stays saved. If this happens again, send the details to whoever supports Organiser in your office. They are also written to the log:
{log}</source>
      <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด: {summary}

ข้อมูลที่บันทึกไว้แล้วยังอยู่ครบ หากเกิดขึ้นอีก โปรดส่งรายละเอียดให้ผู้ดูแลโปรแกรมของสำนักงาน รายละเอียดถูกเขียนไว้ในบันทึกการทำงานด้วย:
{log}</translation>
    </message>
  </context>
  <context>
    <name>organiser</name>
    <message>
      <source>A backup marked DAMAGED fails the check and cannot be restored.</source>
      <translation>ข้อมูลสำรองที่มีคำว่า เสียหาย ไม่ผ่านการตรวจสอบ จึงกู้คืนไม่ได้</translation>
    </message>
    <message>
      <source>Another Organiser command is replacing the database in {folder} right now. Wait for it to finish, then try again.</source>
      <translation>คำสั่ง Organiser อีกคำสั่งหนึ่งกำลังแทนที่ฐานข้อมูลใน {folder} อยู่ กรุณารอให้เสร็จแล้วลองใหม่</translation>
    </message>
    <message>
      <source>Automatic, after changes</source>
      <translation>อัตโนมัติ หลังมีการแก้ไข</translation>
    </message>
    <message>
      <source>Backups: {count}, the last made {when}.</source>
      <translation>ข้อมูลสำรอง: {count} ชุด ล่าสุดเมื่อ {when}</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
      <source>Before adding the demo</source>
      <translation>ก่อนเพิ่มข้อมูลตัวอย่าง</translation>
    </message>
    <message>
      <source>Before an import</source>
      <translation>ก่อนนำเข้ารายชื่อ</translation>
    </message>
    <message>
      <source>Before an update</source>
      <translation>ก่อนปรับรุ่นฐานข้อมูล</translation>
    </message>
    <message>
      <source>Before merging people</source>
      <translation>ก่อนรวมรายชื่อ</translation>
    </message>
    <message>
      <source>Before redoing an import</source>
      <translation>ก่อนคืนการนำเข้า</translation>
    </message>
    <message>
      <source>Before undoing an import</source>
      <translation>ก่อนยกเลิกการนำเข้า</translation>
    </message>
    <message>
      <source>Copied a backup of the whole database to {file}.</source>
      <translation>คัดลอกข้อมูลสำรองของฐานข้อมูลทั้งหมดไปที่ {file}</translation>
    </message>
    <message>
      <source>Copies written outside the data folder since this person was added (from the personal data log) may still hold their data; delete them where they are: {copies}</source>
      <translation>สำเนาที่บันทึกไว้นอกโฟลเดอร์ข้อมูลตั้งแต่เพิ่มบุคคลนี้ (ตามบันทึกการใช้ข้อมูลส่วนบุคคล) อาจยังมีข้อมูลของบุคคลนี้ โปรดลบที่ตำแหน่งของไฟล์นั้น: {copies}</translation>
    </message>
    <message>
      <source>DAMAGED</source>
      <translation>เสียหาย</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>ประจำวัน</translation>
    </message>
    <message>
      <source>Data folder moved</source>
      <translation>ย้ายโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
      <source>Deleted {file}.</source>
      <translation>ลบ {file} แล้ว</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <source>Erased the personal data of a person (id {id}), now shown as {label}; {registrations} registrations and {check_ins} check-ins kept without identity.</source>
      <translation>ลบข้อมูลส่วนบุคคลของบุคคลรหัส {id} ปัจจุบันแสดงเป็น {label} เก็บการลงทะเบียน {registrations} รายการและการเช็กอิน {check_ins} รายการไว้โดยไม่ระบุตัวบุคคล</translation>
    </message>
    <message>
      <source>Erased. The person is now shown as {label}; {registrations} registrations and {check_ins} check-ins were kept without identity.</source>
      <translation>ลบแล้ว บุคคลนี้จะแสดงเป็น {label} เก็บการลงทะเบียน {registrations} รายการและการเช็กอิน {check_ins} รายการไว้โดยไม่ระบุตัวบุคคล</translation>
    </message>
    <message>
      <source>Erasure</source>
      <translation>การลบข้อมูล</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>งาน</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>การส่งออก</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ไฟล์</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>การนำเข้า</translation>
    </message>
    <message>
      <source>Import redone</source>
      <translation>คืนการนำเข้า</translation>
    </message>
    <message>
      <source>Import undone</source>
      <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
      <source>It holds {people} people, {events} events, {memoranda} memoranda and {plans} plans.</source>
      <translation>มีรายชื่อบุคคล {people} คน งาน {events} งาน บันทึกความร่วมมือ {memoranda} ฉบับ และแผนงาน {plans} แผน</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>สำรองเมื่อ</translation>
    </message>
    <message>
      <source>Made on request</source>
      <translation>สำรองตามคำสั่ง</translation>
    </message>
    <message>
      <source>Memoranda</source>
      <translation>บันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>Move it elsewhere and start Organiser again.</source>
      <translation>ย้ายไฟล์นี้ไปไว้ที่อื่น แล้วเปิด Organiser ใหม่</translation>
    </message>
    <message>
      <source>Move it elsewhere, or restore the newest good backup (from {when}) with 'organiser restore --latest'.</source>
      <translation>ย้ายไฟล์นี้ไปไว้ที่อื่น หรือกู้คืนข้อมูลสำรองที่ดีล่าสุด (เมื่อ {when}) ด้วยคำสั่ง 'organiser restore --latest'</translation>
    </message>
    <message>
      <source>Moved the data from {source} to {target}.</source>
      <translation>ย้ายข้อมูลจาก {source} ไปที่ {target}</translation>
    </message>
    <message>
      <source>No backups yet in {folder}.</source>
      <translation>ยังไม่มีข้อมูลสำรองใน {folder}</translation>
    </message>
    <message>
      <source>No backups yet: run 'organiser backup'.</source>
      <translation>ยังไม่มีข้อมูลสำรอง: ใช้คำสั่ง 'organiser backup'</translation>
    </message>
    <message>
      <source>No good backup was found. Keep the damaged file: someone with SQLite experience may be able to recover data from it.</source>
      <translation>ไม่พบข้อมูลสำรองที่ใช้ได้ กรุณาเก็บไฟล์ที่เสียหายไว้ ผู้ที่มีความรู้ด้าน SQLite อาจกู้ข้อมูลจากไฟล์นั้นได้</translation>
    </message>
    <message>
      <source>No person with the id {ref}.</source>
      <translation>ไม่พบบุคคลรหัส {ref}</translation>
    </message>
    <message>
      <source>On closing</source>
      <translation>เมื่อปิดโปรแกรม</translation>
    </message>
    <message>
      <source>Organiser is already open with the data folder {folder} (in another window, or for another user of this computer). Switch to that window, or close it before opening Organiser again; two copies writing to the same data would risk losing changes.</source>
      <translation>Organiser เปิดใช้โฟลเดอร์ข้อมูล {folder} อยู่แล้ว (ในหน้าต่างอื่น หรือโดยผู้ใช้อื่นของเครื่องนี้) กรุณาสลับไปที่หน้าต่างนั้น หรือปิดก่อนแล้วจึงเปิด Organiser ใหม่ หากเปิดสองหน้าต่างบันทึกข้อมูลชุดเดียวกันพร้อมกัน ข้อมูลที่แก้ไขอาจสูญหายได้</translation>
    </message>
    <message>
      <source>Participant #{number}</source>
      <translation>ผู้เข้าร่วม #{number}</translation>
    </message>
    <message>
      <source>People</source>
      <translation>บุคคล</translation>
    </message>
    <message>
      <source>Plans</source>
      <translation>แผนงาน</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>การกู้คืน</translation>
    </message>
    <message>
      <source>Restore a backup with 'organiser restore FILE'.</source>
      <translation>กู้คืนข้อมูลสำรองได้ด้วยคำสั่ง 'organiser restore FILE'</translation>
    </message>
    <message>
      <source>Restore the newest good backup (from {when}) in the app, or with 'organiser restore --latest'.</source>
      <translation>กู้คืนข้อมูลสำรองล่าสุดที่ใช้ได้ (เมื่อ {when}) ในโปรแกรม หรือด้วยคำสั่ง 'organiser restore --latest'</translation>
    </message>
    <message>
      <source>Restored from {file}.</source>
      <translation>กู้คืนจาก {file} แล้ว</translation>
    </message>
    <message>
      <source>Restored the database from {file}.</source>
      <translation>กู้คืนฐานข้อมูลจาก {file}</translation>
    </message>
    <message>
      <source>Restored the database from {file}; the damaged database was kept as {previous}.</source>
      <translation>กู้คืนฐานข้อมูลจาก {file} ฐานข้อมูลที่เสียหายเก็บไว้เป็น {previous}</translation>
    </message>
    <message>
      <source>Restored the database from {file}; the database before it was backed up as {previous}.</source>
      <translation>กู้คืนฐานข้อมูลจาก {file} ฐานข้อมูลก่อนกู้คืนสำรองไว้เป็น {previous}</translation>
    </message>
    <message>
      <source>Run the same command with --delete-copies to delete the copies among them.</source>
      <translation>สั่งคำสั่งเดิมอีกครั้งพร้อม --delete-copies เพื่อลบสำเนาในรายการนี้</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>ขนาด</translation>
    </message>
    <message>
      <source>The audit log is empty.</source>
      <translation>ยังไม่มีรายการในบันทึกการใช้ข้อมูล</translation>
    </message>
    <message>
      <source>The backup could not be made: {reason}</source>
      <translation>สำรองข้อมูลไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
      <source>The backup could not be verified: {problem}</source>
      <translation>ตรวจสอบข้อมูลสำรองไม่ผ่าน: {problem}</translation>
    </message>
    <message>
      <source>The backup could not be written to {folder}: {reason}</source>
      <translation>บันทึกข้อมูลสำรองลงใน {folder} ไม่ได้: {reason}</translation>
    </message>
    <message>
      <source>The backup could not be written: {reason}</source>
      <translation>บันทึกข้อมูลสำรองไม่ได้: {reason}</translation>
    </message>
    <message>
      <source>The copy in {folder} could not be verified; nothing was moved.</source>
      <translation>ตรวจสอบสำเนาใน {folder} ไม่ผ่าน จึงยังไม่ได้ย้ายข้อมูลใด ๆ</translation>
    </message>
    <message>
      <source>The damaged database was kept as {file}.</source>
      <translation>ฐานข้อมูลที่เสียหายเก็บไว้เป็น {file}</translation>
    </message>
    <message>
      <source>The data folder {folder} cannot be used: {reason}</source>
      <translation>ใช้โฟลเดอร์ข้อมูล {folder} ไม่ได้: {reason}</translation>
    </message>
    <message>
      <source>The data folder {folder} cannot be written to, so this change was not saved. Check that the folder, disk or USB drive is not read-only, then try again.</source>
      <translation>บันทึกลงในโฟลเดอร์ข้อมูล {folder} ไม่ได้ การแก้ไขครั้งนี้จึงยังไม่ถูกบันทึก กรุณาตรวจสอบว่าโฟลเดอร์ ดิสก์ หรือแฟลชไดรฟ์ไม่ได้ตั้งเป็นอ่านอย่างเดียว แล้วลองใหม่</translation>
    </message>
    <message>
      <source>The data folder {folder} cannot be written to. Choose another folder or fix its permissions.</source>
      <translation>บันทึกลงในโฟลเดอร์ข้อมูล {folder} ไม่ได้ กรุณาเลือกโฟลเดอร์อื่นหรือแก้ไขสิทธิ์การเข้าถึง</translation>
    </message>
    <message>
      <source>The data folder {folder} is inside a folder synced by {service}. Sync programs copy the database while Organiser writes to it and can bring back older copies, which damages it and loses registrations.</source>
      <translation>โฟลเดอร์ข้อมูล {folder} อยู่ในโฟลเดอร์ที่ซิงก์กับ {service} โปรแกรมซิงก์จะคัดลอกฐานข้อมูลขณะที่ Organiser กำลังบันทึก และอาจนำสำเนาเก่ากลับมาทับ ทำให้ฐานข้อมูลเสียหายและข้อมูลการลงทะเบียนสูญหาย</translation>
    </message>
    <message>
      <source>The data folder {folder} is on a network drive. A network drive can drop the connection in the middle of saving and does not keep two computers from writing at once, which damages the database.</source>
      <translation>โฟลเดอร์ข้อมูล {folder} อยู่บนไดรฟ์เครือข่าย การเชื่อมต่ออาจหลุดระหว่างบันทึก และไม่สามารถป้องกันสองเครื่องบันทึกพร้อมกันได้ ซึ่งทำให้ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
      <source>The data folder {folder} is read-only: you can look at everything, but nothing can be changed or saved until it is opened from a folder that can be written to.</source>
      <translation>โฟลเดอร์ข้อมูล {folder} เป็นแบบอ่านอย่างเดียว: ดูข้อมูลได้ทั้งหมด แต่แก้ไขหรือบันทึกไม่ได้ จนกว่าจะเปิดจากโฟลเดอร์ที่เขียนได้</translation>
    </message>
    <message>
      <source>The data is already in {folder}.</source>
      <translation>ข้อมูลอยู่ใน {folder} อยู่แล้ว</translation>
    </message>
    <message>
      <source>The database appears to be damaged, so this change was not saved. Close Organiser and open it again: it will check the database and offer the newest good backup.</source>
      <translation>ฐานข้อมูลดูเหมือนจะเสียหาย การแก้ไขครั้งนี้จึงยังไม่ถูกบันทึก กรุณาปิดแล้วเปิด Organiser ใหม่ โปรแกรมจะตรวจสอบฐานข้อมูลและเสนอข้อมูลสำรองล่าสุดที่ใช้ได้</translation>
    </message>
    <message>
      <source>The database before the restore was backed up as {file}.</source>
      <translation>ฐานข้อมูลก่อนกู้คืนสำรองไว้เป็น {file}</translation>
    </message>
    <message>
      <source>The database could not be brought up to date for this version of Organiser ({error}). It was put back exactly as it was before, from the backup made just now, so nothing was lost. Please use the previous version of Organiser and report this problem.</source>
      <translation>ปรับรุ่นฐานข้อมูลให้ใช้กับ Organiser รุ่นนี้ไม่สำเร็จ ({error}) โปรแกรมได้นำฐานข้อมูลกลับคืนสู่สภาพเดิมจากข้อมูลสำรองที่เพิ่งทำไว้ ข้อมูลจึงไม่สูญหาย กรุณาใช้ Organiser รุ่นก่อนหน้าและแจ้งปัญหานี้</translation>
    </message>
    <message>
      <source>The database could not be read because the file is damaged (for example by a power cut or a failing disk). It was not changed: it was set aside as {file}.</source>
      <translation>อ่านฐานข้อมูลไม่ได้เพราะไฟล์เสียหาย (เช่น จากไฟดับหรือดิสก์ชำรุด) โปรแกรมไม่ได้แก้ไขไฟล์นั้น แต่แยกเก็บไว้เป็น {file}</translation>
    </message>
    <message>
      <source>The database in the read-only folder {folder} failed its check and may be damaged. Copy the folder to a place that can be written to and open it there, so that Organiser can offer a backup.</source>
      <translation>ฐานข้อมูลในโฟลเดอร์อ่านอย่างเดียว {folder} ไม่ผ่านการตรวจสอบและอาจเสียหาย โปรดคัดลอกโฟลเดอร์ไปไว้ในที่ที่เขียนได้แล้วเปิดจากที่นั่น เพื่อให้ Organiser เสนอข้อมูลสำรองให้</translation>
    </message>
    <message>
      <source>The database in the read-only folder {folder} was saved by another version of Organiser and cannot be brought up to date there. Copy the folder to a place that can be written to and open it there.</source>
      <translation>ฐานข้อมูลในโฟลเดอร์อ่านอย่างเดียว {folder} บันทึกด้วย Organiser รุ่นอื่น และปรับให้เป็นรุ่นปัจจุบันในที่นั้นไม่ได้ โปรดคัดลอกโฟลเดอร์ไปไว้ในที่ที่เขียนได้แล้วเปิดจากที่นั่น</translation>
    </message>
    <message>
      <source>The database in {folder} cannot be opened. Check that the folder still exists and that the disk or USB drive is connected.</source>
      <translation>เปิดฐานข้อมูลใน {folder} ไม่ได้ กรุณาตรวจสอบว่าโฟลเดอร์ยังอยู่ และดิสก์หรือแฟลชไดรฟ์ยังเชื่อมต่ออยู่</translation>
    </message>
    <message>
      <source>The database in {folder} failed its check and may be damaged, but {who} still has it open, so it was not set aside and nothing was changed. Close that program, then run 'organiser check' again.</source>
      <translation>ฐานข้อมูลใน {folder} ไม่ผ่านการตรวจสอบและอาจเสียหาย แต่ {who} ยังเปิดใช้อยู่ จึงยังไม่ได้ย้ายแยกไว้และไม่มีอะไรเปลี่ยนแปลง โปรดปิดโปรแกรมนั้น แล้วสั่ง 'organiser check' อีกครั้ง</translation>
    </message>
    <message>
      <source>The database in {folder} is being replaced or updated by {who}. Wait for it to finish, then try again; nothing was changed.</source>
      <translation>ฐานข้อมูลใน {folder} กำลังถูกแทนที่หรือปรับรุ่นโดย {who} โปรดรอให้เสร็จแล้วลองใหม่ ไม่มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>The database in {folder} is open in another program: {who}. Setting it aside, restoring or updating it needs the folder to itself. Close that program, then try again; nothing was changed.</source>
      <translation>ฐานข้อมูลใน {folder} เปิดอยู่ในโปรแกรมอื่น: {who} การย้ายแยก กู้คืน หรือปรับรุ่นฐานข้อมูลต้องไม่มีโปรแกรมอื่นเปิดโฟลเดอร์นี้ โปรดปิดโปรแกรมนั้นแล้วลองใหม่ ไม่มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>The database is busy in another program, so this change was not saved. Wait a moment and try again.</source>
      <translation>ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่น การแก้ไขครั้งนี้จึงยังไม่ถูกบันทึก กรุณารอสักครู่แล้วลองใหม่</translation>
    </message>
    <message>
      <source>The database is still being read by {who}; the old values stay in the file until it closes. Close it, then erase the person again to finish.</source>
      <translation>{who} ยังอ่านฐานข้อมูลอยู่ ข้อมูลเดิมจึงยังค้างในไฟล์จนกว่าจะปิด โปรดปิดโปรแกรมนั้น แล้วสั่งลบข้อมูลบุคคลนี้อีกครั้งเพื่อให้เสร็จสมบูรณ์</translation>
    </message>
    <message>
      <source>The disk is full, so this change was not saved. Free some space (for example, empty the recycle bin or delete old downloads) and try again; nothing that was saved before is lost.</source>
      <translation>พื้นที่ดิสก์เต็ม การแก้ไขครั้งนี้จึงยังไม่ถูกบันทึก กรุณาเพิ่มพื้นที่ว่าง (เช่น ล้างถังขยะหรือลบไฟล์ดาวน์โหลดเก่า) แล้วลองใหม่ ข้อมูลที่บันทึกไว้ก่อนหน้านี้ไม่สูญหาย</translation>
    </message>
    <message>
      <source>The folder {folder} already holds an Organiser database. Choose another folder; nothing was moved.</source>
      <translation>โฟลเดอร์ {folder} มีฐานข้อมูล Organiser อยู่แล้ว กรุณาเลือกโฟลเดอร์อื่น ยังไม่ได้ย้ายข้อมูลใด ๆ</translation>
    </message>
    <message>
      <source>The newest good backup is from {when}. Restore it in the window that follows, or with 'organiser restore --latest'.</source>
      <translation>ข้อมูลสำรองล่าสุดที่ใช้ได้คือเมื่อ {when} กู้คืนได้ในหน้าต่างถัดไป หรือด้วยคำสั่ง 'organiser restore --latest'</translation>
    </message>
    <message>
      <source>The other program's database was kept as {file}.</source>
      <translation>เก็บฐานข้อมูลของโปรแกรมอื่นไว้เป็น {file}</translation>
    </message>
    <message>
      <source>The person was erased in the database, but these files still hold their data: {files}.</source>
      <translation>ลบข้อมูลบุคคลนี้ในฐานข้อมูลแล้ว แต่ไฟล์เหล่านี้ยังมีข้อมูลอยู่: {files}</translation>
    </message>
    <message>
      <source>There is no database in {folder}, but there are backups or a damaged database there, so Organiser will not start with an empty one by itself.</source>
      <translation>ไม่พบฐานข้อมูลใน {folder} แต่มีข้อมูลสำรองหรือฐานข้อมูลที่เสียหายอยู่ Organiser จึงจะไม่เริ่มด้วยฐานข้อมูลว่างเอง</translation>
    </message>
    <message>
      <source>There is no database to back up in {folder}.</source>
      <translation>ไม่มีฐานข้อมูลให้สำรองใน {folder}</translation>
    </message>
    <message>
      <source>There is no good backup in {folder}.</source>
      <translation>ไม่มีข้อมูลสำรองที่ใช้ได้ใน {folder}</translation>
    </message>
    <message>
      <source>This database was saved by a newer version of Organiser. Install that version (or a newer one) to open it; nothing was changed.</source>
      <translation>ฐานข้อมูลนี้บันทึกโดย Organiser รุ่นที่ใหม่กว่า กรุณาติดตั้งรุ่นนั้น (หรือใหม่กว่า) เพื่อเปิดใช้ ยังไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>This person's data was already erased ({label}).</source>
      <translation>ข้อมูลของบุคคลนี้ถูกลบไปแล้ว ({label})</translation>
    </message>
    <message>
      <source>This person's data was already erased ({label}); the database and its copies were scrubbed and checked again.</source>
      <translation>ข้อมูลของบุคคลนี้ถูกลบไปแล้ว ({label}) ได้ล้างและตรวจฐานข้อมูลและสำเนาซ้ำอีกครั้งแล้ว</translation>
    </message>
    <message>
      <source>Warning: none of the backups passes the check.</source>
      <translation>คำเตือน: ข้อมูลสำรองทุกชุดตรวจสอบไม่ผ่าน</translation>
    </message>
    <message>
      <source>Warning: other users of this computer can read {files}.</source>
      <translation>คำเตือน: ผู้ใช้อื่นของเครื่องนี้อ่านไฟล์ {files} ได้</translation>
    </message>
    <message>
      <source>Warning: {reason}</source>
      <translation>คำเตือน: {reason}</translation>
    </message>
    <message>
      <source>What</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <source>When</source>
      <translation>วันเวลา</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
      <source>Writing to the disk failed, so this change was not saved. Check that the disk or USB drive is still connected and has free space, then try again.</source>
      <translation>บันทึกลงดิสก์ไม่สำเร็จ การแก้ไขครั้งนี้จึงยังไม่ถูกบันทึก กรุณาตรวจสอบว่าดิสก์หรือแฟลชไดรฟ์ยังเชื่อมต่ออยู่และมีพื้นที่ว่าง แล้วลองใหม่</translation>
    </message>
    <message>
      <source>another program</source>
      <translation>โปรแกรมอื่น</translation>
    </message>
    <message>
      <source>delete the copies (damaged or old) that could not be scrubbed</source>
      <translation>ลบสำเนา (ที่เสียหายหรือเก่า) ที่ล้างข้อมูลออกไม่ได้</translation>
    </message>
    <message>
      <source>erase a person's personal data for good (their history stays)</source>
      <translation>ลบข้อมูลส่วนบุคคลของบุคคลอย่างถาวร (ประวัติการเข้าร่วมยังอยู่)</translation>
    </message>
    <message>
      <source>erase in the database only, not in the backups</source>
      <translation>ลบเฉพาะในฐานข้อมูล ไม่ลบในข้อมูลสำรอง</translation>
    </message>
    <message>
      <source>list backups, newest first</source>
      <translation>แสดงข้อมูลสำรอง เรียงจากล่าสุด</translation>
    </message>
    <message>
      <source>replace the database with a backup (the current one is backed up first)</source>
      <translation>แทนที่ฐานข้อมูลด้วยข้อมูลสำรอง (สำรองฐานข้อมูลปัจจุบันไว้ก่อน)</translation>
    </message>
    <message>
      <source>restore the newest good backup</source>
      <translation>กู้คืนข้อมูลสำรองล่าสุดที่ใช้ได้</translation>
    </message>
    <message>
      <source>the backup file to restore</source>
      <translation>ไฟล์ข้อมูลสำรองที่จะกู้คืน</translation>
    </message>
    <message>
      <source>the backups of the data folder</source>
      <translation>ข้อมูลสำรองของโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
      <source>the log of imports, exports, erasures and restores</source>
      <translation>บันทึกการนำเข้า การส่งออก การลบ และการกู้คืน</translation>
    </message>
    <message>
      <source>the person's id (or its first 8+ characters), or their registration code</source>
      <translation>รหัสบุคคล (หรืออักขระ 8 ตัวแรกขึ้นไป) หรือรหัสลงทะเบียน</translation>
    </message>
    <message>
      <source>the table {table} has {live} rows in the database but {copy} in the backup</source>
      <translation>ตาราง {table} มี {live} แถวในฐานข้อมูล แต่มี {copy} แถวในข้อมูลสำรอง</translation>
    </message>
    <message>
      <source>{count} filed documents were put back from the backups.</source>
      <translation>นำเอกสารที่แนบไว้ {count} ไฟล์กลับมาจากข้อมูลสำรองแล้ว</translation>
    </message>
    <message>
      <source>{file} does not exist.</source>
      <translation>ไม่พบไฟล์ {file}</translation>
    </message>
    <message>
      <source>{file} is another program's database, not Organiser's, so it was not opened and nothing in it was changed.</source>
      <translation>{file} เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ Organiser จึงไม่ได้เปิดใช้ และไม่มีสิ่งใดในไฟล์ถูกเปลี่ยน</translation>
    </message>
    <message>
      <source>{file} is not an Organiser database or backup, or it is damaged. Nothing was changed.</source>
      <translation>{file} ไม่ใช่ฐานข้อมูลหรือข้อมูลสำรองของ Organiser หรือไฟล์เสียหาย ยังไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>{file} was made by a newer version of Organiser. Install that version to restore it; nothing was changed.</source>
      <translation>{file} สร้างโดย Organiser รุ่นที่ใหม่กว่า กรุณาติดตั้งรุ่นนั้นเพื่อกู้คืน ยังไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>{program} (process {pid} on {host}, since {since})</source>
      <translation>{program} (โปรเซส {pid} บนเครื่อง {host} ตั้งแต่ {since})</translation>
    </message>
  </context>
</TS>
