<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>EventDialog</name>
    <message>
      <source>Code</source>
      <translation>รหัส</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>สร้าง</translation>
    </message>
    <message>
      <source>Edit seminar</source>
      <translation>แก้ไขการสัมมนา</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>วันแรก</translation>
    </message>
    <message>
      <source>Give the seminar a title.</source>
      <translation>กรุณาตั้งชื่อการสัมมนา</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>วันสุดท้าย</translation>
    </message>
    <message>
      <source>Move the programme ({n} sessions) by as many days as the first day moves</source>
      <translation>เลื่อนกำหนดการ ({n} รายการ) ไปตามวันแรกที่เลื่อน</translation>
    </message>
    <message>
      <source>New seminar</source>
      <translation>การสัมมนาใหม่</translation>
    </message>
    <message>
      <source>Objectives</source>
      <translation>วัตถุประสงค์</translation>
    </message>
    <message>
      <source>People were checked in on {days}: those days stay in the seminar, and the programme stays on its days.</source>
      <translation>มีผู้ลงทะเบียนหน้างานแล้วในวันที่ {days} วันดังกล่าวต้องอยู่ในช่วงการสัมมนา และกำหนดการจะไม่เลื่อนตาม</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>The last day cannot be before the first day.</source>
      <translation>วันสุดท้ายต้องไม่อยู่ก่อนวันแรก</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>สถานที่</translation>
    </message>
    <message>
      <source>e.g. Seminar on community financial organisations</source>
      <translation>เช่น สัมมนาการพัฒนาองค์กรการเงินชุมชน</translation>
    </message>
    <message>
      <source>short code, e.g. south-2550 (optional)</source>
      <translation>รหัสสั้น เช่น south-2550 (ไม่บังคับ)</translation>
    </message>
  </context>
  <context>
    <name>EventsPage</name>
    <message>
      <source>'{title}' is cancelled.</source>
      <translation>ยกเลิก '{title}' แล้ว</translation>
    </message>
    <message>
      <source>'{title}' is deleted.</source>
      <translation>ลบ '{title}' แล้ว</translation>
    </message>
    <message>
      <source>'{title}' is no longer cancelled.</source>
      <translation>'{title}' กลับมาจัดตามเดิมแล้ว</translation>
    </message>
    <message>
      <source>Another seminar has this code too: it came from another office. Give one of them a new code.</source>
      <translation>มีสัมมนาอื่นใช้รหัสนี้ด้วย (มาจากสำนักงานอื่น) โปรดเปลี่ยนรหัสของสัมมนาใดสัมมนาหนึ่ง</translation>
    </message>
    <message>
      <source>Cancel '{title}'? Its registrations and programme are kept, and the desk will not check anyone in for it.</source>
      <translation>ยกเลิก '{title}' หรือไม่ รายชื่อผู้ลงทะเบียนและกำหนดการยังเก็บไว้ครบ แต่จะลงทะเบียนหน้างานไม่ได้</translation>
    </message>
    <message>
      <source>Cancel seminar…</source>
      <translation>ยกเลิกการสัมมนา…</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>รหัส</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Delete '{title}'? Only a seminar with nothing in it can be deleted.</source>
      <translation>ลบ '{title}' หรือไม่ ลบได้เฉพาะการสัมมนาที่ยังไม่มีข้อมูลใด ๆ</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>ลบ…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>แก้ไข…</translation>
    </message>
    <message>
      <source>New seminar…</source>
      <translation>สร้างการสัมมนาใหม่…</translation>
    </message>
    <message>
      <source>No seminars yet. Create one, or explore the demo seminar.</source>
      <translation>ยังไม่มีการสัมมนา สร้างใหม่ หรือดูการสัมมนาตัวอย่าง</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>ลงทะเบียน</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>กลับมาจัดตามเดิม</translation>
    </message>
    <message>
      <source>Seminar saved.</source>
      <translation>บันทึกการสัมมนาแล้ว</translation>
    </message>
    <message>
      <source>Seminars</source>
      <translation>การสัมมนา</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>The change is undone.</source>
      <translation>ย้อนการแก้ไขแล้ว</translation>
    </message>
    <message>
      <source>The seminar is back.</source>
      <translation>นำการสัมมนากลับมาแล้ว</translation>
    </message>
    <message>
      <source>The seminar is cancelled again.</source>
      <translation>ยกเลิกการสัมมนาอีกครั้งแล้ว</translation>
    </message>
    <message>
      <source>The seminar is no longer cancelled.</source>
      <translation>การสัมมนากลับมาจัดตามเดิมแล้ว</translation>
    </message>
    <message>
      <source>The seminar was not created</source>
      <translation>ไม่ได้สร้างการสัมมนา</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>เลิกทำ</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>สถานที่</translation>
    </message>
  </context>
  <context>
    <name>FirstStartDialog</name>
    <message>
      <source>Create a seminar</source>
      <translation>สร้างการสัมมนา</translation>
    </message>
    <message>
      <source>Explore the demo seminar</source>
      <translation>ดูการสัมมนาตัวอย่าง</translation>
    </message>
    <message>
      <source>Import an invitation list</source>
      <translation>นำเข้ารายชื่อผู้ได้รับเชิญ</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>ภาษา</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>ไว้ภายหลัง</translation>
    </message>
    <message>
      <source>Office name</source>
      <translation>ชื่อสำนักงาน</translation>
    </message>
    <message>
      <source>Organiser keeps your seminars on this computer: people, registration at the venue, the agenda, memoranda of cooperation and follow-up plans. It works without internet.</source>
      <translation>Organiser เก็บข้อมูลการสัมมนาของคุณไว้ในเครื่องนี้ ทั้งรายชื่อบุคคล การลงทะเบียนหน้างาน กำหนดการ บันทึกความร่วมมือ และแผนการติดตามผล โดยไม่ต้องใช้อินเทอร์เน็ต</translation>
    </message>
    <message>
      <source>Please enter your office's name.</source>
      <translation>กรุณากรอกชื่อสำนักงานของคุณ</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Welcome to Organiser</source>
      <translation>ยินดีต้อนรับสู่ Organiser</translation>
    </message>
    <message>
      <source>You can change these later in Settings.</source>
      <translation>เปลี่ยนแปลงได้ภายหลังในเมนูการตั้งค่า</translation>
    </message>
    <message>
      <source>e.g. Southern regional office</source>
      <translation>เช่น สำนักงานภาคใต้</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Actions</source>
      <translation>กิจกรรม</translation>
    </message>
    <message>
      <source>Choose one in the toolbar, or create a seminar.</source>
      <translation>เลือกการสัมมนาจากแถบเครื่องมือ หรือสร้างการสัมมนาใหม่</translation>
    </message>
    <message>
      <source>Create a seminar</source>
      <translation>สร้างการสัมมนา</translation>
    </message>
    <message>
      <source>Current seminar</source>
      <translation>การสัมมนาปัจจุบัน</translation>
    </message>
    <message>
      <source>Double-click (or Enter) to open the area it belongs to</source>
      <translation>ดับเบิลคลิก (หรือกด Enter) เพื่อเปิดหน้าที่เกี่ยวข้อง</translation>
    </message>
    <message>
      <source>Explore the demo seminar</source>
      <translation>ดูการสัมมนาตัวอย่าง</translation>
    </message>
    <message>
      <source>How would you like to start?</source>
      <translation>ต้องการเริ่มต้นอย่างไร</translation>
    </message>
    <message>
      <source>Import an invitation list</source>
      <translation>นำเข้ารายชื่อผู้ได้รับเชิญ</translation>
    </message>
    <message>
      <source>In this data folder</source>
      <translation>ข้อมูลในเครื่องนี้</translation>
    </message>
    <message>
      <source>Memoranda</source>
      <translation>บันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>No seminar chosen</source>
      <translation>ยังไม่ได้เลือกการสัมมนา</translation>
    </message>
    <message>
      <source>Nothing is due.</source>
      <translation>ไม่มีงานที่ถึงกำหนด</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>องค์กร</translation>
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
      <source>Reminders</source>
      <translation>สิ่งที่ต้องติดตาม</translation>
    </message>
    <message>
      <source>Seminars</source>
      <translation>การสัมมนา</translation>
    </message>
    <message>
      <source>Your office</source>
      <translation>สำนักงานของคุณ</translation>
    </message>
    <message>
      <source>{dates} · {venue}
{registered} registered · {checked} checked in on the first day</source>
      <translation>{dates} · {venue}
ลงทะเบียน {registered} คน · มาร่วมงานวันแรก {checked} คน</translation>
    </message>
    <message>
      <source>{title} (cancelled)</source>
      <translation>{title} (ยกเลิกแล้ว)</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <source>Filter…</source>
      <translation>กรอง…</translation>
    </message>
    <message>
      <source>{n} rows</source>
      <translation>{n} รายการ</translation>
    </message>
    <message>
      <source>{shown} of {n} rows</source>
      <translation>{shown} จาก {n} รายการ</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>แ&amp;ฟ้ม</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;ช่วยเหลือ</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>มุ&amp;มมอง</translation>
    </message>
    <message>
      <source>&lt;b&gt;Organiser&lt;/b&gt; {version}&lt;br&gt;Seminars of community financial organisations, from invitation to follow-up.&lt;br&gt;&lt;br&gt;Qt {qt} · PySide6 {pyside} · Python {python} · SQLite {sqlite}&lt;br&gt;Data folder: {folder}&lt;br&gt;Sarabun font: SIL Open Font License 1.1</source>
      <translation>&lt;b&gt;Organiser&lt;/b&gt; {version}&lt;br&gt;งานสัมมนาขององค์กรการเงินชุมชน ตั้งแต่การเชิญจนถึงการติดตามผล&lt;br&gt;&lt;br&gt;Qt {qt} · PySide6 {pyside} · Python {python} · SQLite {sqlite}&lt;br&gt;โฟลเดอร์ข้อมูล: {folder}&lt;br&gt;ฟอนต์ Sarabun: สัญญาอนุญาต SIL Open Font License 1.1</translation>
    </message>
    <message>
      <source>About Organiser</source>
      <translation>เกี่ยวกับ Organiser</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>กำหนดการ</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>สำรองข้อมูลเดี๋ยวนี้</translation>
    </message>
    <message>
      <source>Backup saved: {path}</source>
      <translation>สำรองข้อมูลแล้ว: {path}</translation>
    </message>
    <message>
      <source>Database: {path}</source>
      <translation>ฐานข้อมูล: {path}</translation>
    </message>
    <message>
      <source>Follow-up plans</source>
      <translation>แผนการติดตามผล</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>นำเข้า</translation>
    </message>
    <message>
      <source>Importing invitation lists is not available yet.</source>
      <translation>ยังไม่สามารถนำเข้ารายชื่อผู้ได้รับเชิญได้</translation>
    </message>
    <message>
      <source>Last backup: {when}</source>
      <translation>สำรองล่าสุด: {when}</translation>
    </message>
    <message>
      <source>Memoranda</source>
      <translation>บันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>New seminar…</source>
      <translation>สร้างการสัมมนาใหม่…</translation>
    </message>
    <message>
      <source>No backup yet</source>
      <translation>ยังไม่มีข้อมูลสำรอง</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>เปิดโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <source>People</source>
      <translation>บุคคล</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
      <source>Read-only: nothing can be changed</source>
      <translation>อ่านอย่างเดียว: แก้ไขไม่ได้</translation>
    </message>
    <message>
      <source>Seminar</source>
      <translation>การสัมมนา</translation>
    </message>
    <message>
      <source>Seminar:</source>
      <translation>การสัมมนา:</translation>
    </message>
    <message>
      <source>Seminars</source>
      <translation>การสัมมนา</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>การตั้งค่า…</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>เกิดข้อผิดพลาด: {error}</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>หน้าแรก</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>แลกเปลี่ยนข้อมูล</translation>
    </message>
    <message>
      <source>The automatic backup failed: {reason}</source>
      <translation>สำรองข้อมูลอัตโนมัติไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
      <source>The data folder {folder} cannot be written to: you can look at everything, but nothing can be changed or saved.</source>
      <translation>โฟลเดอร์ข้อมูล {folder} เขียนไม่ได้: ดูข้อมูลได้ทั้งหมด แต่แก้ไขหรือบันทึกไม่ได้</translation>
    </message>
    <message>
      <source>The demo seminar is ready.</source>
      <translation>การสัมมนาตัวอย่างพร้อมแล้ว</translation>
    </message>
    <message>
      <source>Venue desk</source>
      <translation>โต๊ะลงทะเบียน</translation>
    </message>
    <message>
      <source>{seminar} · cancelled</source>
      <translation>{seminar} · ยกเลิกแล้ว</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Follow the system</source>
      <translation>ตามระบบ</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>ภาษา</translation>
    </message>
    <message>
      <source>Name of this desk (laptop)</source>
      <translation>ชื่อโต๊ะลงทะเบียน (เครื่องนี้)</translation>
    </message>
    <message>
      <source>Office name</source>
      <translation>ชื่อสำนักงาน</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>การตั้งค่า</translation>
    </message>
    <message>
      <source>e.g. Desk 1</source>
      <translation>เช่น โต๊ะ 1</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
  </context>
  <context>
    <name>ThaiDateEdit</name>
    <message>
      <source>A date is needed here; it stays {date}.</source>
      <translation>ต้องระบุวันที่ จึงคงเป็น {date} ไว้</translation>
    </message>
    <message>
      <source>The month in “{typed}” is not clear; type it like {example} or {numeric}. The date stays {date}.</source>
      <translation>อ่านเดือนใน “{typed}” ไม่ได้ พิมพ์เช่น {example} หรือ {numeric} วันที่ยังคงเป็น {date}</translation>
    </message>
    <message>
      <source>There is no such day as “{typed}”; the date stays {date}.</source>
      <translation>ไม่มีวันที่ “{typed}” ในปฏิทิน วันที่ยังคงเป็น {date}</translation>
    </message>
    <message>
      <source>“{typed}” is not a date; type it like {example} or {numeric}. The date stays {date}.</source>
      <translation>“{typed}” ไม่ใช่วันที่ พิมพ์เช่น {example} หรือ {numeric} วันที่ยังคงเป็น {date}</translation>
    </message>
    <message>
      <source>“{typed}” is outside the years this field takes; it stays {date}.</source>
      <translation>“{typed}” อยู่นอกช่วงปีที่ช่องนี้รับได้ วันที่ยังคงเป็น {date}</translation>
    </message>
  </context>
  <context>
    <name>organiser</name>
    <message>
      <source>'{ref}' matches {n} events; type more of the id.</source>
      <translation>'{ref}' ตรงกับการสัมมนา {n} รายการ กรุณาพิมพ์รหัสให้ยาวขึ้น</translation>
    </message>
    <message>
      <source>'{text}' is not a Thai province.</source>
      <translation>'{text}' ไม่ใช่ชื่อจังหวัด</translation>
    </message>
    <message>
      <source>'{text}' is not a date; write it as YYYY-MM-DD.</source>
      <translation>'{text}' ไม่ใช่วันที่ กรุณาเขียนเป็น ปปปป-ดด-วว</translation>
    </message>
    <message>
      <source>'{title}' is cancelled; its registrations and programme are kept.</source>
      <translation>ยกเลิก '{title}' แล้ว รายชื่อผู้ลงทะเบียนและกำหนดการยังเก็บไว้ครบ</translation>
    </message>
    <message>
      <source>'{title}' is deleted.</source>
      <translation>ลบ '{title}' แล้ว</translation>
    </message>
    <message>
      <source>'{title}' is no longer cancelled.</source>
      <translation>'{title}' กลับมาจัดตามเดิมแล้ว</translation>
    </message>
    <message>
      <source>Academic institution</source>
      <translation>สถาบันการศึกษา</translation>
    </message>
    <message>
      <source>An event needs a title.</source>
      <translation>การสัมมนาต้องมีชื่อเรื่อง</translation>
    </message>
    <message>
      <source>Another event already uses the code '{code}'.</source>
      <translation>รหัส '{code}' ถูกใช้กับการสัมมนาอื่นแล้ว</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>บันทึกข้อมูลสำรองที่ {path}</translation>
    </message>
    <message>
      <source>Blocked</source>
      <translation>ติดขัด</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>พักรับประทานอาหารว่าง</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Changed: {title}, {dates}.</source>
      <translation>แก้ไขแล้ว: {title} {dates}</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>พิธีปิด</translation>
    </message>
    <message>
      <source>Command line</source>
      <translation>บรรทัดคำสั่ง</translation>
    </message>
    <message>
      <source>Community enterprise</source>
      <translation>วิสาหกิจชุมชน</translation>
    </message>
    <message>
      <source>Community welfare fund</source>
      <translation>กองทุนสวัสดิการชุมชน</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>ตอบรับแล้ว</translation>
    </message>
    <message>
      <source>Cooperative</source>
      <translation>สหกรณ์</translation>
    </message>
    <message>
      <source>Coordinator</source>
      <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
      <source>Database: {path}</source>
      <translation>ฐานข้อมูล: {path}</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>ปฏิเสธ</translation>
    </message>
    <message>
      <source>Demo seminar created in {folder}: {people} people, {orgs} organisations, {sessions} sessions.</source>
      <translation>สร้างการสัมมนาตัวอย่างใน {folder} แล้ว: บุคคล {people} คน องค์กร {orgs} แห่ง กำหนดการ {sessions} ช่วง</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>เสร็จแล้ว</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>ร่าง</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>ข้อผิดพลาด: {message}</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>การสัมมนา</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>หมดอายุ</translation>
    </message>
    <message>
      <source>Facilitator</source>
      <translation>ผู้ดำเนินรายการ</translation>
    </message>
    <message>
      <source>Fulfilled</source>
      <translation>ดำเนินการแล้ว</translation>
    </message>
    <message>
      <source>Government agency</source>
      <translation>หน่วยงานราชการ</translation>
    </message>
    <message>
      <source>Group work</source>
      <translation>แบ่งกลุ่มย่อย</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>แขกรับเชิญ</translation>
    </message>
    <message>
      <source>In force</source>
      <translation>มีผลบังคับใช้</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
      <source>In review</source>
      <translation>อยู่ระหว่างพิจารณา</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>ได้รับเชิญ</translation>
    </message>
    <message>
      <source>Local administration</source>
      <translation>องค์กรปกครองส่วนท้องถิ่น</translation>
    </message>
    <message>
      <source>Main hall</source>
      <translation>ห้องประชุมใหญ่</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>พักรับประทานอาหาร</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>สมาชิก</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>องค์กรพัฒนาเอกชน</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>เครือข่าย</translation>
    </message>
    <message>
      <source>No event matches '{ref}'. See 'organiser events list'.</source>
      <translation>ไม่พบการสัมมนาที่ตรงกับ '{ref}' ดูรายการได้ด้วยคำสั่ง 'organiser events list'</translation>
    </message>
    <message>
      <source>No event was named.</source>
      <translation>ไม่ได้ระบุการสัมมนา</translation>
    </message>
    <message>
      <source>No events yet. Create one in the app, or run 'organiser demo'.</source>
      <translation>ยังไม่มีการสัมมนา สร้างได้ในโปรแกรม หรือใช้คำสั่ง 'organiser demo'</translation>
    </message>
    <message>
      <source>Not fulfilled</source>
      <translation>ไม่ได้ดำเนินการ</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
      <source>Note-taker</source>
      <translation>ผู้จดบันทึก</translation>
    </message>
    <message>
      <source>Observer</source>
      <translation>ผู้สังเกตการณ์</translation>
    </message>
    <message>
      <source>Opening</source>
      <translation>พิธีเปิด</translation>
    </message>
    <message>
      <source>Organiser cannot open its window: Qt could not start ({detail}).</source>
      <translation>Organiser เปิดหน้าต่างไม่ได้: Qt เริ่มทำงานไม่ได้ ({detail})</translation>
    </message>
    <message>
      <source>Organiser cannot open its window: Qt needs the system library {libraries}, which is missing. Install it with: {command}</source>
      <translation>Organiser เปิดหน้าต่างไม่ได้: Qt ต้องใช้ไลบรารีของระบบ {libraries} ซึ่งไม่มีในเครื่อง ติดตั้งด้วยคำสั่ง: {command}</translation>
    </message>
    <message>
      <source>Organiser cannot open its window: there is no display to show it on. Start it from the desktop (over SSH, with X forwarding).</source>
      <translation>Organiser เปิดหน้าต่างไม่ได้: ไม่มีจอภาพให้แสดง โปรดเปิดจากหน้าเดสก์ท็อป (หากใช้ SSH ให้เปิด X forwarding)</translation>
    </message>
    <message>
      <source>Organiser: seminars of community financial organisations, from invitation to follow-up.</source>
      <translation>Organiser: งานสัมมนาขององค์กรการเงินชุมชน ตั้งแต่การเชิญจนถึงการติดตามผล</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>อื่น ๆ</translation>
    </message>
    <message>
      <source>Panel</source>
      <translation>เสวนา</translation>
    </message>
    <message>
      <source>Panelist</source>
      <translation>ผู้ร่วมเสวนา</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
      <source>People have already been checked in, so the programme cannot move to other days. Change the dates without moving the programme.</source>
      <translation>มีผู้ลงทะเบียนหน้างานแล้ว จึงเลื่อนกำหนดการไปวันอื่นไม่ได้ โปรดแก้วันที่โดยไม่เลื่อนกำหนดการ</translation>
    </message>
    <message>
      <source>People were checked in on {days}; those days must stay days of the seminar.</source>
      <translation>มีผู้ลงทะเบียนหน้างานแล้วในวันที่ {days} วันดังกล่าวต้องอยู่ในช่วงการสัมมนา</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>ตามแผน</translation>
    </message>
    <message>
      <source>Planning</source>
      <translation>จัดทำแผน</translation>
    </message>
    <message>
      <source>Plenary</source>
      <translation>เวทีรวม</translation>
    </message>
    <message>
      <source>Problem: {problem}</source>
      <translation>ปัญหา: {problem}</translation>
    </message>
    <message>
      <source>Provincial guideline</source>
      <translation>แนวทางระดับจังหวัด</translation>
    </message>
    <message>
      <source>QR scan</source>
      <translation>สแกนคิวอาร์โค้ด</translation>
    </message>
    <message>
      <source>Regional work plan</source>
      <translation>แผนงานระดับภาค</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>ลงทะเบียน</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>ลงทะเบียน</translation>
    </message>
    <message>
      <source>Savings group</source>
      <translation>กลุ่มออมทรัพย์</translation>
    </message>
    <message>
      <source>Schema revision: {rev}</source>
      <translation>รุ่นโครงสร้างฐานข้อมูล: {rev}</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>ค้นหา</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>ลงนามแล้ว</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>วิทยากร</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
      <source>State bank</source>
      <translation>ธนาคารของรัฐ</translation>
    </message>
    <message>
      <source>Stopped; nothing was changed.</source>
      <translation>หยุดแล้ว ไม่มีการเปลี่ยนแปลงข้อมูล</translation>
    </message>
    <message>
      <source>Talk</source>
      <translation>บรรยาย</translation>
    </message>
    <message>
      <source>Team plan</source>
      <translation>แผนของทีม</translation>
    </message>
    <message>
      <source>Terminated</source>
      <translation>สิ้นสุดก่อนกำหนด</translation>
    </message>
    <message>
      <source>That seminar no longer exists.</source>
      <translation>ไม่พบการสัมมนานี้แล้ว</translation>
    </message>
    <message>
      <source>The database is sound.</source>
      <translation>ฐานข้อมูลอยู่ในสภาพดี</translation>
    </message>
    <message>
      <source>The details are in {path}.</source>
      <translation>รายละเอียดอยู่ใน {path}</translation>
    </message>
    <message>
      <source>The event cannot end before it starts.</source>
      <translation>วันสิ้นสุดต้องไม่อยู่ก่อนวันเริ่มการสัมมนา</translation>
    </message>
    <message>
      <source>The programme moved by {days} days ({n} sessions).</source>
      <translation>เลื่อนกำหนดการไป {days} วัน ({n} รายการ)</translation>
    </message>
    <message>
      <source>The seminar has been changed since; nothing was undone.</source>
      <translation>การสัมมนาถูกแก้ไขอีกหลังจากนั้น จึงไม่ได้ย้อนกลับ</translation>
    </message>
    <message>
      <source>This data folder already has data; use --force to add the demo seminar anyway.</source>
      <translation>โฟลเดอร์ข้อมูลนี้มีข้อมูลอยู่แล้ว ใช้ --force หากต้องการเพิ่มการสัมมนาตัวอย่าง</translation>
    </message>
    <message>
      <source>This seminar has {registrations} registrations, {sessions} sessions and {check_ins} check-ins; a seminar with content can only be cancelled.</source>
      <translation>การสัมมนานี้มีผู้ลงทะเบียน {registrations} คน กำหนดการ {sessions} รายการ และการลงทะเบียนหน้างาน {check_ins} ครั้ง การสัมมนาที่มีข้อมูลแล้วทำได้เพียงยกเลิก</translation>
    </message>
    <message>
      <source>This seminar is already cancelled.</source>
      <translation>การสัมมนานี้ยกเลิกไปแล้ว</translation>
    </message>
    <message>
      <source>This seminar is not cancelled.</source>
      <translation>การสัมมนานี้ไม่ได้ถูกยกเลิก</translation>
    </message>
    <message>
      <source>This seminar is not deleted.</source>
      <translation>การสัมมนานี้ไม่ได้ถูกลบ</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
      <source>Travel</source>
      <translation>เดินทาง</translation>
    </message>
    <message>
      <source>Unexpected error ({kind}): the command stopped.</source>
      <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด ({kind}) คำสั่งหยุดทำงาน</translation>
    </message>
    <message>
      <source>Village fund</source>
      <translation>กองทุนหมู่บ้าน</translation>
    </message>
    <message>
      <source>Walk-in</source>
      <translation>ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
      <source>Warning: {message}</source>
      <translation>คำเตือน: {message}</translation>
    </message>
    <message>
      <source>a short code, e.g. south-2550</source>
      <translation>รหัสสั้น เช่น south-2550</translation>
    </message>
    <message>
      <source>add the demo even if the data folder has data</source>
      <translation>เพิ่มการสัมมนาตัวอย่างแม้โฟลเดอร์มีข้อมูลอยู่แล้ว</translation>
    </message>
    <message>
      <source>change a seminar's title, dates or venue (only what is given)</source>
      <translation>แก้ไขชื่อ วันที่ หรือสถานที่ของการสัมมนา (เฉพาะที่ระบุ)</translation>
    </message>
    <message>
      <source>check the database thoroughly and report</source>
      <translation>ตรวจสอบฐานข้อมูลอย่างละเอียดและรายงานผล</translation>
    </message>
    <message>
      <source>create a seminar and print its id</source>
      <translation>สร้างการสัมมนาและแสดงรหัสอ้างอิง</translation>
    </message>
    <message>
      <source>delete a seminar that has no registrations, sessions or check-ins</source>
      <translation>ลบการสัมมนาที่ยังไม่มีผู้ลงทะเบียน กำหนดการ หรือการลงทะเบียนหน้างาน</translation>
    </message>
    <message>
      <source>fill the data folder with the demo seminar</source>
      <translation>ใส่ข้อมูลการสัมมนาตัวอย่างลงในโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
      <source>language of the interface and of messages</source>
      <translation>ภาษาของหน้าจอและข้อความ</translation>
    </message>
    <message>
      <source>list events</source>
      <translation>แสดงรายการการสัมมนา</translation>
    </message>
    <message>
      <source>make a verified backup of the database now</source>
      <translation>สำรองฐานข้อมูลพร้อมตรวจสอบเดี๋ยวนี้</translation>
    </message>
    <message>
      <source>mark a seminar cancelled; everything in it is kept</source>
      <translation>ยกเลิกการสัมมนา โดยเก็บข้อมูลทั้งหมดไว้</translation>
    </message>
    <message>
      <source>move the programme's sessions by as many days as the first day moves</source>
      <translation>เลื่อนกำหนดการไปตามจำนวนวันที่วันแรกเลื่อน</translation>
    </message>
    <message>
      <source>print JSON only</source>
      <translation>แสดงผลเป็น JSON เท่านั้น</translation>
    </message>
    <message>
      <source>seminars and other events</source>
      <translation>การสัมมนาและกิจกรรมอื่น</translation>
    </message>
    <message>
      <source>take back a seminar's cancellation</source>
      <translation>นำการสัมมนาที่ยกเลิกกลับมาจัดตามเดิม</translation>
    </message>
    <message>
      <source>the data folder (default: $ORGANISER_DATA_DIR or the per-user data folder)</source>
      <translation>โฟลเดอร์ข้อมูล (ค่าเริ่มต้น: $ORGANISER_DATA_DIR หรือโฟลเดอร์ข้อมูลของผู้ใช้)</translation>
    </message>
    <message>
      <source>the data folder to use</source>
      <translation>โฟลเดอร์ข้อมูลที่จะใช้</translation>
    </message>
    <message>
      <source>the event's code or id (or the start of its id)</source>
      <translation>รหัสของงาน หรือรหัสอ้างอิง (หรือส่วนต้นของรหัสอ้างอิง)</translation>
    </message>
    <message>
      <source>the first day</source>
      <translation>วันแรก</translation>
    </message>
    <message>
      <source>the last day</source>
      <translation>วันสุดท้าย</translation>
    </message>
    <message>
      <source>the new province</source>
      <translation>จังหวัดใหม่</translation>
    </message>
    <message>
      <source>the new short code ("" removes it)</source>
      <translation>รหัสย่อใหม่ ("" คือลบรหัส)</translation>
    </message>
    <message>
      <source>the new title</source>
      <translation>ชื่อใหม่</translation>
    </message>
    <message>
      <source>the new venue</source>
      <translation>สถานที่ใหม่</translation>
    </message>
    <message>
      <source>the province, in Thai or English</source>
      <translation>จังหวัด เป็นภาษาไทยหรืออังกฤษ</translation>
    </message>
    <message>
      <source>the seminar's title</source>
      <translation>ชื่อการสัมมนา</translation>
    </message>
    <message>
      <source>where it takes place</source>
      <translation>สถานที่จัด</translation>
    </message>
    <message>
      <source>write a document: agenda, sign-in sheet, badges, memorandum, plan</source>
      <translation>สร้างเอกสาร: กำหนดการ ใบลงชื่อ ป้ายชื่อ บันทึกความร่วมมือ แผนงาน</translation>
    </message>
    <message>
      <source>write the backup to this file instead</source>
      <translation>บันทึกข้อมูลสำรองไปยังแฟ้มนี้แทน</translation>
    </message>
    <message>
      <source>{n} sessions (on {days}) would fall outside the new dates even with the programme moved. Move or delete those sessions first, or keep the seminar longer.</source>
      <translation>กำหนดการ {n} รายการ (วันที่ {days}) จะอยู่นอกวันที่ใหม่ แม้เลื่อนกำหนดการตามแล้ว โปรดย้ายหรือลบรายการเหล่านั้นก่อน หรือคงจำนวนวันสัมมนาไว้</translation>
    </message>
    <message>
      <source>{n} sessions (on {days}) would fall outside the new dates. Move the programme with the seminar, or move or delete those sessions first.</source>
      <translation>กำหนดการ {n} รายการ (วันที่ {days}) จะอยู่นอกวันที่ใหม่ โปรดเลื่อนกำหนดการตามการสัมมนา หรือย้ายหรือลบรายการเหล่านั้นก่อน</translation>
    </message>
    <message>
      <source>{title} (cancelled)</source>
      <translation>{title} (ยกเลิกแล้ว)</translation>
    </message>
    <message>
      <source>⚠ Another seminar has the same code (it came from another office): name these by id, or give one a new code with 'organiser events edit'.</source>
      <translation>⚠ มีสัมมนาอื่นใช้รหัสเดียวกัน (มาจากสำนักงานอื่น): ให้อ้างถึงด้วย id หรือเปลี่ยนรหัสของสัมมนาหนึ่งด้วย 'organiser events edit'</translation>
    </message>
  </context>
</TS>
