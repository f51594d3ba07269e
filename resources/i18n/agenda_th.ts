<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>AgendaDocuments</name>
    <message>
      <source>No program to show PDF files was found on this computer.</source>
      <translation>ไม่พบโปรแกรมเปิดไฟล์ PDF ในเครื่องนี้</translation>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>กำลังเตรียมตัวอย่างก่อนพิมพ์…</translation>
    </message>
    <message>
      <source>Preview PDF</source>
      <translation>ดูตัวอย่าง PDF</translation>
    </message>
    <message>
      <source>Preview opened.</source>
      <translation>เปิดตัวอย่างก่อนพิมพ์แล้ว</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
      <source>Save the agenda</source>
      <translation>บันทึกกำหนดการ</translation>
    </message>
    <message>
      <source>Save the agenda as a PDF file, to open or print on another computer?</source>
      <translation>บันทึกกำหนดการเป็นไฟล์ PDF เพื่อเปิดหรือพิมพ์จากเครื่องอื่นหรือไม่</translation>
    </message>
    <message>
      <source>Save the programme booklet</source>
      <translation>บันทึกเอกสารประกอบการสัมมนา</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>บันทึกไฟล์ {path} แล้ว</translation>
    </message>
    <message>
      <source>Writing {name}…</source>
      <translation>กำลังบันทึก {name}…</translation>
    </message>
    <message>
      <source>agenda</source>
      <translation>กำหนดการ</translation>
    </message>
    <message>
      <source>booklet</source>
      <translation>เอกสารประกอบ</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>Copied {n} sessions.</source>
      <translation>คัดลอกกำหนดการแล้ว {n} รายการ</translation>
    </message>
    <message>
      <source>Details saved.</source>
      <translation>บันทึกรายละเอียดแล้ว</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>บันทึกไฟล์ {path} แล้ว</translation>
    </message>
    <message>
      <source>Session deleted. Use Undo delete to bring it back.</source>
      <translation>ลบรายการแล้ว กด “เรียกคืนรายการที่ลบ” หากต้องการนำกลับมา</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>เกิดข้อผิดพลาด: {error}</translation>
    </message>
    <message>
      <source>The file could not be written: {error}</source>
      <translation>บันทึกไฟล์ไม่สำเร็จ: {error}</translation>
    </message>
    <message>
      <source>{n} later sessions moved with it.</source>
      <translation>เลื่อนรายการถัดไปตามแล้ว {n} รายการ</translation>
    </message>
    <message>
      <source>{n} new people added to the directory.</source>
      <translation>เพิ่มบุคคลใหม่ในทะเบียนรายชื่อแล้ว {n} คน</translation>
    </message>
  </context>
  <context>
    <name>AgendaImportDialog</name>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Columns (correct a guess by choosing another):</source>
      <translation>คอลัมน์ (แก้ที่เดาผิดได้โดยเลือกใหม่):</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>นำเข้า</translation>
    </message>
    <message>
      <source>Import a programme</source>
      <translation>นำเข้ากำหนดการ</translation>
    </message>
    <message>
      <source>Import these rows</source>
      <translation>นำเข้าแถวที่เลือก</translation>
    </message>
    <message>
      <source>Import {n} sessions</source>
      <translation>นำเข้า {n} รายการ</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
      <source>New rooms: {rooms}.</source>
      <translation>ห้องใหม่: {rooms}</translation>
    </message>
    <message>
      <source>Reading {name} for {event}…</source>
      <translation>กำลังอ่าน {name} สำหรับ {event}…</translation>
    </message>
    <message>
      <source>Skip these rows</source>
      <translation>ข้ามแถวที่เลือก</translation>
    </message>
    <message>
      <source>header in row {line}</source>
      <translation>หัวตารางอยู่แถว {line}</translation>
    </message>
    <message>
      <source>no header row: check the columns below</source>
      <translation>ไม่พบแถวหัวตาราง โปรดตรวจคอลัมน์ด้านล่าง</translation>
    </message>
    <message>
      <source>pasted rows</source>
      <translation>แถวที่วาง</translation>
    </message>
    <message>
      <source>rows pasted from the clipboard</source>
      <translation>แถวที่วางจากคลิปบอร์ด</translation>
    </message>
    <message>
      <source>{n} sessions to add, {conflicts} of them with a conflict; {skipped} rows skipped.</source>
      <translation>จะเพิ่ม {n} รายการ (มีข้อขัดแย้ง {conflicts} รายการ) ข้าม {skipped} แถว</translation>
    </message>
    <message>
      <source>{n} speakers found in the directory.</source>
      <translation>พบวิทยากร {n} คนในทะเบียนรายชื่อ</translation>
    </message>
  </context>
  <context>
    <name>AgendaImporting</name>
    <message>
      <source>From a file (Excel, CSV, Word)…</source>
      <translation>จากไฟล์ (Excel, CSV, Word)…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>นำเข้า</translation>
    </message>
    <message>
      <source>Import a programme</source>
      <translation>นำเข้ากำหนดการ</translation>
    </message>
    <message>
      <source>Import taken back: {n} sessions removed.</source>
      <translation>ยกเลิกการนำเข้าแล้ว: นำออก {n} รายการ</translation>
    </message>
    <message>
      <source>Imported {n} sessions ({conflicts} with a conflict).</source>
      <translation>นำเข้าแล้ว {n} รายการ (มีข้อขัดแย้ง {conflicts} รายการ)</translation>
    </message>
    <message>
      <source>No import to take back.</source>
      <translation>ไม่มีการนำเข้าที่ยกเลิกได้</translation>
    </message>
    <message>
      <source>Paste rows copied from Excel</source>
      <translation>วางแถวที่คัดลอกจาก Excel</translation>
    </message>
    <message>
      <source>Programmes (*.xlsx *.csv *.docx)</source>
      <translation>กำหนดการ (*.xlsx *.csv *.docx)</translation>
    </message>
    <message>
      <source>Take back the import</source>
      <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
      <source>Take back the last import…</source>
      <translation>ยกเลิกการนำเข้าครั้งล่าสุด…</translation>
    </message>
    <message>
      <source>Take back the {n} sessions imported from {source}? Sessions changed since then go too; a backup is made first.</source>
      <translation>ยกเลิก {n} รายการที่นำเข้าจาก {source} หรือไม่? รายการที่แก้ไขภายหลังจะถูกนำออกด้วย ระบบจะสำรองข้อมูลก่อน</translation>
    </message>
    <message>
      <source>The clipboard holds no rows; copy them in Excel first.</source>
      <translation>คลิปบอร์ดไม่มีแถวข้อมูล โปรดคัดลอกจาก Excel ก่อน</translation>
    </message>
    <message>
      <source>pasted rows</source>
      <translation>แถวที่วาง</translation>
    </message>
    <message>
      <source>{n} speakers found in the directory.</source>
      <translation>พบวิทยากร {n} คนในทะเบียนรายชื่อ</translation>
    </message>
  </context>
  <context>
    <name>AgendaPage</name>
    <message>
      <source>(no room)</source>
      <translation>(ไม่ระบุห้อง)</translation>
    </message>
    <message>
      <source>Add session</source>
      <translation>เพิ่มรายการ</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>กำหนดการ</translation>
    </message>
    <message>
      <source>Booklet PDF…</source>
      <translation>เอกสารประกอบการสัมมนา (PDF)…</translation>
    </message>
    <message>
      <source>Choose an event to build its programme.</source>
      <translation>เลือกงานเพื่อจัดทำกำหนดการ</translation>
    </message>
    <message>
      <source>Copy from previous event…</source>
      <translation>คัดลอกจากงานครั้งก่อน…</translation>
    </message>
    <message>
      <source>Cover, objectives, the programme, speakers and the participants by province</source>
      <translation>ปก วัตถุประสงค์ กำหนดการ วิทยากร และรายชื่อผู้เข้าร่วมแยกตามจังหวัด</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <source>Details of the selected session</source>
      <translation>รายละเอียดของรายการที่เลือก</translation>
    </message>
    <message>
      <source>Document language</source>
      <translation>ภาษาของเอกสาร</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>ทำสำเนา</translation>
    </message>
    <message>
      <source>English</source>
      <translation>อังกฤษ</translation>
    </message>
    <message>
      <source>Expected output</source>
      <translation>ผลที่คาดว่าจะได้รับ</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>ส่งออก PDF…</translation>
    </message>
    <message>
      <source>Export iCalendar…</source>
      <translation>ส่งออกปฏิทิน (iCalendar)…</translation>
    </message>
    <message>
      <source>Export spreadsheet…</source>
      <translation>ส่งออก Excel…</translation>
    </message>
    <message>
      <source>Later sessions move with a changed session</source>
      <translation>เลื่อนรายการถัดไปตามเมื่อเวลาเปลี่ยน</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>เลื่อนลง</translation>
    </message>
    <message>
      <source>Move to day</source>
      <translation>ย้ายไปวัน</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>รายการใหม่</translation>
    </message>
    <message>
      <source>People…</source>
      <translation>ผู้รับผิดชอบ…</translation>
    </message>
    <message>
      <source>Preview PDF</source>
      <translation>ดูตัวอย่าง PDF</translation>
    </message>
    <message>
      <source>Rooms…</source>
      <translation>ห้องประชุม…</translation>
    </message>
    <message>
      <source>Save details</source>
      <translation>บันทึกรายละเอียด</translation>
    </message>
    <message>
      <source>Sessions with a conflict: {n}</source>
      <translation>รายการที่มีข้อขัดแย้ง: {n}</translation>
    </message>
    <message>
      <source>Thai</source>
      <translation>ไทย</translation>
    </message>
    <message>
      <source>Undo delete</source>
      <translation>เรียกคืนรายการที่ลบ</translation>
    </message>
    <message>
      <source>What happens in this session</source>
      <translation>รายการนี้ทำอะไร</translation>
    </message>
    <message>
      <source>What the session should produce</source>
      <translation>ผลที่รายการนี้ควรได้</translation>
    </message>
    <message>
      <source>When a session ends earlier or later, the sessions after it that day move too.</source>
      <translation>เมื่อรายการใดเลิกเร็วขึ้นหรือช้าลง รายการหลังจากนั้นในวันเดียวกันจะเลื่อนตามด้วย</translation>
    </message>
  </context>
  <context>
    <name>CopyDialog</name>
    <message>
      <source>Copy the agenda of another event</source>
      <translation>คัดลอกกำหนดการจากงานอื่น</translation>
    </message>
    <message>
      <source>From</source>
      <translation>จากงาน</translation>
    </message>
    <message>
      <source>Replace the {n} sessions this event has</source>
      <translation>แทนที่รายการเดิม {n} รายการของงานนี้</translation>
    </message>
    <message>
      <source>The sessions, their rooms and people are copied; the first day of that event becomes the first day of this one.</source>
      <translation>คัดลอกรายการ ห้อง และผู้รับผิดชอบทั้งหมด โดยวันแรกของงานต้นทางจะเป็นวันแรกของงานนี้</translation>
    </message>
    <message>
      <source>There is no other event to copy from yet.</source>
      <translation>ยังไม่มีงานอื่นให้คัดลอก</translation>
    </message>
  </context>
  <context>
    <name>PeopleDialog</name>
    <message>
      <source>Add as a new person →</source>
      <translation>เพิ่มเป็นบุคคลใหม่ →</translation>
    </message>
    <message>
      <source>Add →</source>
      <translation>เพิ่ม →</translation>
    </message>
    <message>
      <source>Already in the directory? Choose them instead:</source>
      <translation>มีชื่ออยู่ในทะเบียนแล้วหรือไม่ เลือกจากรายชื่อนี้แทน:</translation>
    </message>
    <message>
      <source>Directory</source>
      <translation>ทะเบียนรายชื่อ</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>ลง</translation>
    </message>
    <message>
      <source>Find by name, nickname, phone or organisation…</source>
      <translation>ค้นหาจากชื่อ ชื่อเล่น โทรศัพท์ หรือองค์กร…</translation>
    </message>
    <message>
      <source>In this session</source>
      <translation>ในรายการนี้</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>New: added to the directory when you press OK</source>
      <translation>รายชื่อใหม่: จะเพิ่มในทะเบียนเมื่อกดตกลง</translation>
    </message>
    <message>
      <source>Nobody found. Add them below if they are new.</source>
      <translation>ไม่พบรายชื่อ หากเป็นบุคคลใหม่ เพิ่มได้ด้านล่าง</translation>
    </message>
    <message>
      <source>Not in the directory?</source>
      <translation>ไม่มีชื่อในทะเบียน?</translation>
    </message>
    <message>
      <source>People in “{title}”</source>
      <translation>ผู้รับผิดชอบ “{title}”</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>ตำแหน่ง</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>นำออก</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Title and name, e.g. ดร.สมศักดิ์ ใจงาม</source>
      <translation>คำนำหน้าและชื่อ เช่น ดร.สมศักดิ์ ใจงาม</translation>
    </message>
    <message>
      <source>Type a few letters of a name to find a person.</source>
      <translation>พิมพ์ชื่อบางส่วนเพื่อค้นหาบุคคล</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>ขึ้น</translation>
    </message>
    <message>
      <source>Use this person →</source>
      <translation>ใช้รายชื่อนี้ →</translation>
    </message>
    <message>
      <source>e.g. Director of the provincial office</source>
      <translation>เช่น ผู้อำนวยการสำนักงานจังหวัด</translation>
    </message>
    <message>
      <source>{name} (new)</source>
      <translation>{name} (ใหม่)</translation>
    </message>
    <message>
      <source>{n} found</source>
      <translation>พบ {n} รายการ</translation>
    </message>
  </context>
  <context>
    <name>RoomsDialog</name>
    <message>
      <source>Capacity (people)</source>
      <translation>ความจุ (คน)</translation>
    </message>
    <message>
      <source>Delete room</source>
      <translation>ลบห้อง</translation>
    </message>
    <message>
      <source>Main room (plenary sessions)</source>
      <translation>ห้องหลัก (ห้องประชุมรวม)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อห้อง</translation>
    </message>
    <message>
      <source>New room</source>
      <translation>ห้องใหม่</translation>
    </message>
    <message>
      <source>Rooms</source>
      <translation>ห้องประชุม</translation>
    </message>
    <message>
      <source>Save room</source>
      <translation>บันทึกห้อง</translation>
    </message>
    <message>
      <source>main room</source>
      <translation>ห้องหลัก</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>ไม่ระบุ</translation>
    </message>
    <message>
      <source>{n} seats</source>
      <translation>{n} ที่นั่ง</translation>
    </message>
  </context>
  <context>
    <name>SessionLinesModel</name>
    <message>
      <source>Action</source>
      <translation>การดำเนินการ</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>วัน</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>ห้อง</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>แถว</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>เวลา</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation>สิ่งที่ควรตรวจ</translation>
    </message>
    <message>
      <source>add</source>
      <translation>เพิ่ม</translation>
    </message>
    <message>
      <source>skip</source>
      <translation>ข้าม</translation>
    </message>
  </context>
  <context>
    <name>SessionsModel</name>
    <message>
      <source>Conflicts</source>
      <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
      <source>End</source>
      <translation>สิ้นสุด</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>People</source>
      <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>ห้อง</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>เริ่ม</translation>
    </message>
  </context>
  <context>
    <name>organiser</name>
    <message>
      <source>'{path}' is a folder; give a file name.</source>
      <translation>'{path}' เป็นโฟลเดอร์ กรุณาระบุชื่อไฟล์</translation>
    </message>
    <message>
      <source>'{value}' is not a day</source>
      <translation>'{value}' ไม่ใช่วันที่</translation>
    </message>
    <message>
      <source>'{value}' is not a time</source>
      <translation>'{value}' ไม่ใช่เวลา</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
      <source>(pasted rows)</source>
      <translation>(แถวที่วาง)</translation>
    </message>
    <message>
      <source>A room needs a name.</source>
      <translation>กรุณาตั้งชื่อห้อง</translation>
    </message>
    <message>
      <source>A room's capacity cannot be negative.</source>
      <translation>ความจุของห้องต้องไม่ติดลบ</translation>
    </message>
    <message>
      <source>A session needs a title.</source>
      <translation>กรุณาระบุชื่อรายการ</translation>
    </message>
    <message>
      <source>A session title can be at most {n} characters.</source>
      <translation>ชื่อรายการยาวได้ไม่เกิน {n} ตัวอักษร</translation>
    </message>
    <message>
      <source>Choose Thai (th) or English (en).</source>
      <translation>เลือกภาษาไทย (th) หรือภาษาอังกฤษ (en)</translation>
    </message>
    <message>
      <source>Choose another event to copy the agenda from.</source>
      <translation>กรุณาเลือกงานอื่นเพื่อคัดลอกกำหนดการ</translation>
    </message>
    <message>
      <source>Columns: {columns}</source>
      <translation>คอลัมน์: {columns}</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
      <source>Copied {n} sessions into “{title}”.</source>
      <translation>คัดลอกกำหนดการ {n} รายการไปยัง “{title}” แล้ว</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>การดำเนินการ</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <source>Dry run: nothing was written.</source>
      <translation>ทดลองตรวจเท่านั้น ไม่มีการบันทึกข้อมูล</translation>
    </message>
    <message>
      <source>End</source>
      <translation>สิ้นสุด</translation>
    </message>
    <message>
      <source>Ends before it starts.</source>
      <translation>เวลาสิ้นสุดอยู่ก่อนเวลาเริ่ม</translation>
    </message>
    <message>
      <source>Expected output</source>
      <translation>ผลที่คาดว่าจะได้รับ</translation>
    </message>
    <message>
      <source>File: {name}</source>
      <translation>ไฟล์: {name}</translation>
    </message>
    <message>
      <source>From</source>
      <translation>จาก</translation>
    </message>
    <message>
      <source>Header row: {line}</source>
      <translation>แถวหัวตาราง: {line}</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>รหัส</translation>
    </message>
    <message>
      <source>Import taken back: {n} sessions and {rooms} rooms removed.</source>
      <translation>ยกเลิกการนำเข้าแล้ว: นำออก {n} รายการ และ {rooms} ห้อง</translation>
    </message>
    <message>
      <source>Imported {n} sessions. Undo with 'organiser agenda undo-import {id}'.</source>
      <translation>นำเข้าแล้ว {n} รายการ ยกเลิกได้ด้วย 'organiser agenda undo-import {id}'</translation>
    </message>
    <message>
      <source>Intended outputs</source>
      <translation>ผลที่คาดว่าจะได้รับ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
      <source>New rooms: {rooms}</source>
      <translation>ห้องใหม่: {rooms}</translation>
    </message>
    <message>
      <source>No agenda import has the id {id}.</source>
      <translation>ไม่พบการนำเข้ากำหนดการรหัส {id}</translation>
    </message>
    <message>
      <source>No column of times or of sessions was found in {name}; its header row needs columns such as 'เวลา' and 'กิจกรรม'.</source>
      <translation>ไม่พบคอลัมน์เวลาหรือคอลัมน์กิจกรรมใน {name} แถวหัวตารางต้องมีคอลัมน์ เช่น 'เวลา' และ 'กิจกรรม'</translation>
    </message>
    <message>
      <source>No programme was imported into this event.</source>
      <translation>ยังไม่เคยนำเข้ากำหนดการในงานนี้</translation>
    </message>
    <message>
      <source>No sessions yet.</source>
      <translation>ยังไม่มีรายการในกำหนดการ</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>ลำดับ</translation>
    </message>
    <message>
      <source>Note: the programme may change as appropriate.</source>
      <translation>หมายเหตุ  กำหนดการอาจเปลี่ยนแปลงได้ตามความเหมาะสม</translation>
    </message>
    <message>
      <source>Nothing to add.</source>
      <translation>ไม่มีรายการที่จะเพิ่ม</translation>
    </message>
    <message>
      <source>Objectives</source>
      <translation>วัตถุประสงค์</translation>
    </message>
    <message>
      <source>On {day}, outside the event's dates.</source>
      <translation>วันที่ {day} อยู่นอกช่วงวันจัดงาน</translation>
    </message>
    <message>
      <source>One of the people chosen is no longer in the directory.</source>
      <translation>มีบางคนที่เลือกไว้ไม่อยู่ในทะเบียนรายชื่อแล้ว</translation>
    </message>
    <message>
      <source>Only the first {n} sessions were read.</source>
      <translation>อ่านเฉพาะ {n} รายการแรก</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <source>Organised by {office}</source>
      <translation>จัดโดย {office}</translation>
    </message>
    <message>
      <source>Overlaps “{title}” ({time}) in the main programme.</source>
      <translation>เวลาซ้อนกับ “{title}” ({time}) ในกำหนดการหลัก</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>รายชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
      <source>Position and organisation</source>
      <translation>ตำแหน่งและหน่วยงาน</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>กำหนดการ</translation>
    </message>
    <message>
      <source>Programme booklet</source>
      <translation>เอกสารประกอบการสัมมนา</translation>
    </message>
    <message>
      <source>Programme booklet: {title}</source>
      <translation>เอกสารประกอบการสัมมนา: {title}</translation>
    </message>
    <message>
      <source>Province not given</source>
      <translation>ไม่ระบุจังหวัด</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>เหตุผล</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>ห้อง</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>แถว</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <source>Speakers and facilitators</source>
      <translation>วิทยากร/ผู้ดำเนินรายการ</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>เริ่ม</translation>
    </message>
    <message>
      <source>State</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>That event no longer exists.</source>
      <translation>ไม่พบงานนี้แล้ว</translation>
    </message>
    <message>
      <source>That room is not one of this event's rooms.</source>
      <translation>ห้องนี้ไม่ใช่ห้องของงานนี้</translation>
    </message>
    <message>
      <source>That room no longer exists.</source>
      <translation>ไม่พบห้องนี้แล้ว</translation>
    </message>
    <message>
      <source>That session no longer exists.</source>
      <translation>ไม่พบรายการนี้แล้ว</translation>
    </message>
    <message>
      <source>That would move a session past midnight; shorten it or move it first.</source>
      <translation>การเลื่อนนี้จะทำให้บางรายการเลยเที่ยงคืน กรุณาย่นเวลาหรือย้ายรายการก่อน</translation>
    </message>
    <message>
      <source>The clipboard holds no rows to paste.</source>
      <translation>คลิปบอร์ดไม่มีแถวข้อมูลให้วาง</translation>
    </message>
    <message>
      <source>The pasted text cannot be read as rows.</source>
      <translation>อ่านข้อความที่วางเป็นแถวข้อมูลไม่ได้</translation>
    </message>
    <message>
      <source>The room</source>
      <translation>ห้องนี้</translation>
    </message>
    <message>
      <source>There is no session to import.</source>
      <translation>ไม่มีรายการที่จะนำเข้า</translation>
    </message>
    <message>
      <source>This event already has a room named '{name}'.</source>
      <translation>งานนี้มีห้องชื่อ '{name}' อยู่แล้ว</translation>
    </message>
    <message>
      <source>This event already has {n} sessions; choose to replace them.</source>
      <translation>งานนี้มีกำหนดการอยู่แล้ว {n} รายการ หากต้องการคัดลอก ให้เลือกแทนที่รายการเดิม</translation>
    </message>
    <message>
      <source>This event has no sessions yet.</source>
      <translation>งานนี้ยังไม่มีรายการในกำหนดการ</translation>
    </message>
    <message>
      <source>This import was already taken back.</source>
      <translation>การนำเข้านี้ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>เวลา</translation>
    </message>
    <message>
      <source>Time (start–end)</source>
      <translation>เวลา (เริ่ม–สิ้นสุด)</translation>
    </message>
    <message>
      <source>Type the new person's name.</source>
      <translation>กรุณาพิมพ์ชื่อของบุคคลใหม่</translation>
    </message>
    <message>
      <source>Unknown format '{fmt}': use pdf, ics or xlsx.</source>
      <translation>ไม่รู้จักรูปแบบ '{fmt}' ใช้ได้เฉพาะ pdf, ics หรือ xlsx</translation>
    </message>
    <message>
      <source>When</source>
      <translation>วันเวลา</translation>
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation>บันทึกไฟล์ {path} แล้ว</translation>
    </message>
    <message>
      <source>Wrote {path}: {speakers} speakers, {people} participants.</source>
      <translation>เขียน {path} แล้ว: วิทยากร {speakers} คน ผู้เข้าร่วม {people} คน</translation>
    </message>
    <message>
      <source>add</source>
      <translation>เพิ่ม</translation>
    </message>
    <message>
      <source>already in the agenda</source>
      <translation>มีอยู่ในกำหนดการแล้ว</translation>
    </message>
    <message>
      <source>at {place}</source>
      <translation>ณ {place}</translation>
    </message>
    <message>
      <source>check every row and report; write nothing</source>
      <translation>ตรวจทุกแถวและรายงานผล โดยไม่บันทึกข้อมูล</translation>
    </message>
    <message>
      <source>copy another event's programme, shifted to this event's dates</source>
      <translation>คัดลอกกำหนดการจากงานอื่น โดยเลื่อนให้ตรงกับวันของงานนี้</translation>
    </message>
    <message>
      <source>import a programme from Excel, CSV or a Word table</source>
      <translation>นำเข้ากำหนดการจาก Excel, CSV หรือตารางใน Word</translation>
    </message>
    <message>
      <source>list the programmes imported</source>
      <translation>แสดงกำหนดการที่เคยนำเข้า</translation>
    </message>
    <message>
      <source>list the sessions and their conflicts</source>
      <translation>แสดงรายการในกำหนดการและข้อขัดแย้ง</translation>
    </message>
    <message>
      <source>no end time; one hour assumed</source>
      <translation>ไม่มีเวลาสิ้นสุด ถือว่าใช้เวลา 1 ชั่วโมง</translation>
    </message>
    <message>
      <source>no session title</source>
      <translation>ไม่มีชื่อรายการ</translation>
    </message>
    <message>
      <source>no time</source>
      <translation>ไม่มีเวลา</translation>
    </message>
    <message>
      <source>replace the sessions the event already has</source>
      <translation>แทนที่รายการเดิมของงานนี้</translation>
    </message>
    <message>
      <source>skip</source>
      <translation>ข้าม</translation>
    </message>
    <message>
      <source>take back every session one import added (a backup is made first)</source>
      <translation>ยกเลิกทุกรายการที่การนำเข้าครั้งหนึ่งเพิ่มไว้ (สำรองข้อมูลก่อน)</translation>
    </message>
    <message>
      <source>taken back</source>
      <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
      <source>the .xlsx, .csv or .docx file</source>
      <translation>ไฟล์ .xlsx, .csv หรือ .docx</translation>
    </message>
    <message>
      <source>the document's language</source>
      <translation>ภาษาของเอกสาร</translation>
    </message>
    <message>
      <source>the event to copy from</source>
      <translation>งานต้นทางที่จะคัดลอก</translation>
    </message>
    <message>
      <source>the event to copy into</source>
      <translation>งานปลายทาง</translation>
    </message>
    <message>
      <source>the event's code or id</source>
      <translation>รหัสหรือเลขประจำของงาน</translation>
    </message>
    <message>
      <source>the import's id (see 'agenda imports')</source>
      <translation>รหัสการนำเข้า (ดูจาก 'agenda imports')</translation>
    </message>
    <message>
      <source>the kind of file (default: from the file name, else pdf)</source>
      <translation>ชนิดไฟล์ (ค่าเริ่มต้น: ตามนามสกุลไฟล์ หรือ pdf)</translation>
    </message>
    <message>
      <source>the programme as PDF, iCalendar (.ics) or spreadsheet (.xlsx)</source>
      <translation>กำหนดการเป็น PDF, iCalendar (.ics) หรือตารางคำนวณ (.xlsx)</translation>
    </message>
    <message>
      <source>the programme booklet: cover, objectives, programme, speakers, participants</source>
      <translation>เอกสารประกอบการสัมมนา: ปก วัตถุประสงค์ กำหนดการ วิทยากร และรายชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
      <source>the programme of an event</source>
      <translation>กำหนดการของงาน</translation>
    </message>
    <message>
      <source>the title is longer than {n} characters</source>
      <translation>ชื่อรายการยาวเกิน {n} ตัวอักษร</translation>
    </message>
    <message>
      <source>{minutes} min gap after “{title}”.</source>
      <translation>เว้นว่าง {minutes} นาที หลัง “{title}”</translation>
    </message>
    <message>
      <source>{name} cannot be read as a Word document (.docx).</source>
      <translation>อ่าน {name} เป็นเอกสาร Word (.docx) ไม่ได้</translation>
    </message>
    <message>
      <source>{name} has no table; the programme must be a table in the document.</source>
      <translation>{name} ไม่มีตาราง กำหนดการต้องอยู่ในตารางของเอกสาร</translation>
    </message>
    <message>
      <source>{name} is also in “{title}” at {time}.</source>
      <translation>{name} มีรายการ “{title}” เวลา {time} ซ้อนกัน</translation>
    </message>
    <message>
      <source>{name} is an old Word file (.doc). Open it in Word or LibreOffice and save it as .docx, then import that.</source>
      <translation>{name} เป็นไฟล์ Word แบบเก่า (.doc) โปรดเปิดใน Word หรือ LibreOffice แล้วบันทึกเป็น .docx ก่อนนำเข้า</translation>
    </message>
    <message>
      <source>{name} is far larger than a programme; it was not opened.</source>
      <translation>{name} มีขนาดใหญ่เกินกว่าไฟล์กำหนดการมาก จึงไม่ได้เปิด</translation>
    </message>
    <message>
      <source>{new} sessions to add ({conflicts} with a conflict), {skip} skipped.</source>
      <translation>จะเพิ่ม {new} รายการ (มีข้อขัดแย้ง {conflicts} รายการ) ข้าม {skip} แถว</translation>
    </message>
    <message>
      <source>{n} people from {provinces} provinces</source>
      <translation>{n} คน จาก {provinces} จังหวัด</translation>
    </message>
    <message>
      <source>{n} speakers found in the directory.</source>
      <translation>พบวิทยากร {n} คนในทะเบียนรายชื่อ</translation>
    </message>
    <message>
      <source>{role}: {names}</source>
      <translation>{role}: {names}</translation>
    </message>
    <message>
      <source>{room} is also used by “{title}” at {time}.</source>
      <translation>{room} ใช้จัด “{title}” เวลา {time} ซ้อนกัน</translation>
    </message>
  </context>
</TS>
