<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>DeletedTab</name>
    <message>
      <source>Deleted</source>
      <translation>ลบเมื่อ</translation>
    </message>
    <message>
      <source>Deleted people and organisations can be brought back.</source>
      <translation>รายชื่อบุคคลและองค์กรที่ลบแล้วสามารถกู้คืนได้</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>องค์กร</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>บุคคล</translation>
    </message>
    <message>
      <source>Recently deleted</source>
      <translation>ลบล่าสุด</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>กู้คืน</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>คอลัมน์</translation>
    </message>
    <message>
      <source>Contact data: export it only when it is needed.</source>
      <translation>ข้อมูลการติดต่อ: ส่งออกเฉพาะเมื่อจำเป็น</translation>
    </message>
    <message>
      <source>Everyone in the directory</source>
      <translation>ทุกคนในทำเนียบรายชื่อ</translation>
    </message>
    <message>
      <source>Export people</source>
      <translation>ส่งออกรายชื่อ</translation>
    </message>
    <message>
      <source>Exports are recorded in the audit log. The file is readable by you only.</source>
      <translation>การส่งออกทุกครั้งจะบันทึกไว้ในบันทึกการใช้ข้อมูล และไฟล์จะเปิดอ่านได้เฉพาะผู้ใช้นี้เท่านั้น</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>ส่งออก…</translation>
    </message>
    <message>
      <source>Registrations of the current seminar</source>
      <translation>ผู้ลงทะเบียนของการสัมมนาที่เลือกอยู่</translation>
    </message>
  </context>
  <context>
    <name>FixRowDialog</name>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Correct row {line}</source>
      <translation>แก้ไขแถวที่ {line}</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>อีเมล</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>นามสกุล</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Nickname</source>
      <translation>ชื่อเล่น</translation>
    </message>
    <message>
      <source>Nothing to correct.</source>
      <translation>ไม่มีสิ่งที่ต้องแก้ไข</translation>
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
      <source>Position</source>
      <translation>ตำแหน่ง</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>คำนำหน้า</translation>
    </message>
  </context>
  <context>
    <name>ImportController</name>
    <message>
      <source>Making a backup first</source>
      <translation>กำลังสำรองข้อมูลก่อน</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>(none)</source>
      <translation>(ไม่มี)</translation>
    </message>
    <message>
      <source>Add as new</source>
      <translation>เพิ่มเป็นรายชื่อใหม่</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Columns (correct a guess by choosing another field):</source>
      <translation>คอลัมน์ (หากเดาผิด เลือกช่องข้อมูลที่ถูกต้องได้):</translation>
    </message>
    <message>
      <source>Correct…</source>
      <translation>แก้ไข…</translation>
    </message>
    <message>
      <source>Header row:</source>
      <translation>แถวหัวตาราง:</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>นำเข้า</translation>
    </message>
    <message>
      <source>Import an invitation list</source>
      <translation>นำเข้ารายชื่อผู้ได้รับเชิญ</translation>
    </message>
    <message>
      <source>Import cancelled: nothing was written.</source>
      <translation>ยกเลิกการนำเข้าแล้ว ไม่มีการบันทึกข้อมูลใด</translation>
    </message>
    <message>
      <source>Import {n} rows</source>
      <translation>นำเข้า {n} แถว</translation>
    </message>
    <message>
      <source>Importing the list…</source>
      <translation>กำลังนำเข้ารายชื่อ…</translation>
    </message>
    <message>
      <source>Kind of a new organisation…</source>
      <translation>ประเภทองค์กรใหม่…</translation>
    </message>
    <message>
      <source>Merge with the known person</source>
      <translation>รวมกับรายชื่อที่มีอยู่แล้ว</translation>
    </message>
    <message>
      <source>Only rows that need a look</source>
      <translation>เฉพาะแถวที่ต้องตรวจสอบ</translation>
    </message>
    <message>
      <source>Reading {name} for {event}…</source>
      <translation>กำลังอ่านไฟล์ {name} สำหรับ {event}…</translation>
    </message>
    <message>
      <source>Row {line}: {cells}</source>
      <translation>แถวที่ {line}: {cells}</translation>
    </message>
    <message>
      <source>Set the kind of the new organisations of the selected rows</source>
      <translation>กำหนดประเภทขององค์กรใหม่ในแถวที่เลือก</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>ข้าม</translation>
    </message>
    <message>
      <source>The row that names the columns</source>
      <translation>แถวที่ระบุชื่อคอลัมน์</translation>
    </message>
    <message>
      <source>encoding {enc}</source>
      <translation>รหัสอักขระ {enc}</translation>
    </message>
    <message>
      <source>header in row {line}</source>
      <translation>หัวตารางอยู่แถวที่ {line}</translation>
    </message>
    <message>
      <source>no header row found: choose the columns below</source>
      <translation>ไม่พบแถวหัวตาราง โปรดเลือกคอลัมน์ด้านล่าง</translation>
    </message>
    <message>
      <source>{new} new people, {merge} already known (merged), {skip} skipped; {errors} rows have errors.</source>
      <translation>รายชื่อใหม่ {new} คน มีอยู่แล้ว (รวมข้อมูล) {merge} คน ข้าม {skip} แถว มีข้อผิดพลาด {errors} แถว</translation>
    </message>
    <message>
      <source>{n} rows</source>
      <translation>{n} แถว</translation>
    </message>
  </context>
  <context>
    <name>ImportUndo</name>
    <message>
      <source>A backup is made first, and 'Redo the import' brings it all back.</source>
      <translation>ระบบจะสำรองข้อมูลก่อน และกด 'คืนการนำเข้า' เพื่อนำทั้งหมดกลับมาได้</translation>
    </message>
    <message>
      <source>Bring back what the undo took back</source>
      <translation>นำรายการที่ยกเลิกไปกลับคืนมา</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>Import brought back: {people} people, {n} invitations.</source>
      <translation>คืนการนำเข้าแล้ว: {people} คน คำเชิญ {n} รายการ</translation>
    </message>
    <message>
      <source>Import taken back: {people} people, {n} invitations.</source>
      <translation>ยกเลิกการนำเข้าแล้ว: {people} คน คำเชิญ {n} รายการ</translation>
    </message>
    <message>
      <source>Nothing of the import of {file} can be taken back: {counts}. Everyone is kept.</source>
      <translation>ยกเลิกการนำเข้าจาก {file} ไม่ได้เลย: {counts} จึงเก็บรายชื่อไว้ทั้งหมด</translation>
    </message>
    <message>
      <source>Redo the import</source>
      <translation>คืนการนำเข้า</translation>
    </message>
    <message>
      <source>Take back the import of {file}: {counts}?</source>
      <translation>ยกเลิกการนำเข้าจาก {file}: {counts} หรือไม่</translation>
    </message>
    <message>
      <source>Take back the newest import of this seminar; you are asked first</source>
      <translation>ยกเลิกการนำเข้าครั้งล่าสุดของงานสัมมนานี้ ระบบจะถามยืนยันก่อน</translation>
    </message>
    <message>
      <source>The import of {file} added {counts}. Those are kept with their invitations and check-ins. Take back the other {n} people?</source>
      <translation>การนำเข้าจาก {file} เพิ่ม {counts} รายชื่อเหล่านี้จะเก็บไว้พร้อมคำเชิญและการลงทะเบียน ยกเลิกอีก {n} คนที่เหลือหรือไม่</translation>
    </message>
    <message>
      <source>Undo the import</source>
      <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
      <source>Undo the last import</source>
      <translation>ยกเลิกการนำเข้าครั้งล่าสุด</translation>
    </message>
    <message>
      <source>Undo the last import…</source>
      <translation>ยกเลิกการนำเข้าครั้งล่าสุด…</translation>
    </message>
    <message>
      <source>Undo the other {n}</source>
      <translation>ยกเลิกอีก {n} คน</translation>
    </message>
    <message>
      <source>{n} people were kept.</source>
      <translation>เก็บไว้ {n} คน</translation>
    </message>
  </context>
  <context>
    <name>InvitationsView</name>
    <message>
      <source>(none)</source>
      <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
      <source>All</source>
      <translation>รวม</translation>
    </message>
    <message>
      <source>By kind of organisation</source>
      <translation>ตามประเภทองค์กร</translation>
    </message>
    <message>
      <source>By province</source>
      <translation>ตามจังหวัด</translation>
    </message>
    <message>
      <source>Choose a seminar to see its invitation list.</source>
      <translation>เลือกการสัมมนาเพื่อดูรายชื่อผู้ได้รับเชิญ</translation>
    </message>
    <message>
      <source>Kind of organisation</source>
      <translation>ประเภทองค์กร</translation>
    </message>
    <message>
      <source>Mark confirmed</source>
      <translation>ทำเครื่องหมายว่าตอบรับแล้ว</translation>
    </message>
    <message>
      <source>Mark declined</source>
      <translation>ทำเครื่องหมายว่าปฏิเสธ</translation>
    </message>
    <message>
      <source>Mark invited</source>
      <translation>ทำเครื่องหมายว่าได้รับเชิญ</translation>
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
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>{all} on the list: {invited} invited, {confirmed} confirmed, {declined} declined</source>
      <translation>มีรายชื่อทั้งหมด {all} คน: ได้รับเชิญ {invited} คน ตอบรับแล้ว {confirmed} คน ปฏิเสธ {declined} คน</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Keep this one</source>
      <translation>เก็บรายการนี้ไว้</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>รวมรายการ</translation>
    </message>
    <message>
      <source>Merge two records of the same person</source>
      <translation>รวมสองรายการของบุคคลเดียวกัน</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Nickname</source>
      <translation>ชื่อเล่น</translation>
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
      <source>Position</source>
      <translation>ตำแหน่ง</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Seminars</source>
      <translation>การสัมมนา</translation>
    </message>
    <message>
      <source>The other record's seminars, session roles, team memberships and actions move to the one kept; its empty fields are filled in. The other record goes to 'Recently deleted'.</source>
      <translation>การสัมมนา บทบาทในกำหนดการ การเป็นสมาชิกทีม และกิจกรรมของอีกรายการหนึ่งจะย้ายมาอยู่กับรายการที่เก็บไว้ ช่องที่ว่างอยู่จะเติมจากอีกรายการ แล้วอีกรายการจะย้ายไปอยู่ใน 'ลบล่าสุด'</translation>
    </message>
  </context>
  <context>
    <name>OrganisationEditor</name>
    <message>
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>District</source>
      <translation>อำเภอ/เขต</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>อีเมล</translation>
    </message>
    <message>
      <source>Issues</source>
      <translation>ประเด็นงาน</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Name in English</source>
      <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
      <source>New organisation</source>
      <translation>องค์กรใหม่</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>หมายเหตุ</translation>
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
      <source>Representatives</source>
      <translation>ผู้แทน</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Short form</source>
      <translation>ชื่อย่อ</translation>
    </message>
    <message>
      <source>Sub-district</source>
      <translation>ตำบล/แขวง</translation>
    </message>
    <message>
      <source>Village no.</source>
      <translation>หมู่ที่</translation>
    </message>
    <message>
      <source>finance, welfare, enterprise, …</source>
      <translation>การเงิน, สวัสดิการ, วิสาหกิจ, …</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsTab</name>
    <message>
      <source>Add organisation</source>
      <translation>เพิ่มองค์กร</translation>
    </message>
    <message>
      <source>Filter organisations…</source>
      <translation>กรององค์กร…</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>รวมรายการ</translation>
    </message>
    <message>
      <source>Merge '{other}' into '{keep}'? Its members, memoranda and actions move over.</source>
      <translation>รวม '{other}' เข้ากับ '{keep}' หรือไม่ สมาชิก บันทึกความร่วมมือ และกิจกรรมจะย้ายมาด้วย</translation>
    </message>
    <message>
      <source>Merge two…</source>
      <translation>รวมสองรายการ…</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>องค์กร</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>บันทึกแล้ว</translation>
    </message>
    <message>
      <source>Select exactly two organisations to merge.</source>
      <translation>โปรดเลือกองค์กรที่จะรวมให้ครบสองรายการพอดี</translation>
    </message>
  </context>
  <context>
    <name>PeopleController</name>
    <message>
      <source>Deleted. It can be restored under 'Recently deleted'.</source>
      <translation>ลบแล้ว กู้คืนได้ที่แท็บ 'ลบล่าสุด'</translation>
    </message>
    <message>
      <source>Merged. The duplicate is under 'Recently deleted'.</source>
      <translation>รวมรายการแล้ว รายการที่ซ้ำอยู่ในแท็บ 'ลบล่าสุด'</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>บันทึกแล้ว</translation>
    </message>
    <message>
      <source>{n} rows written to {path}</source>
      <translation>บันทึก {n} แถวลงใน {path} แล้ว</translation>
    </message>
  </context>
  <context>
    <name>PeopleModels</name>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>สมาชิก</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Nickname</source>
      <translation>ชื่อเล่น</translation>
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
      <source>Position</source>
      <translation>ตำแหน่ง</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Short form</source>
      <translation>ชื่อย่อ</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <source>Add person</source>
      <translation>เพิ่มรายชื่อ</translation>
    </message>
    <message>
      <source>All issues</source>
      <translation>ทุกประเด็น</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>ทุกประเภท</translation>
    </message>
    <message>
      <source>All provinces</source>
      <translation>ทุกจังหวัด</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>ทุกสถานะ</translation>
    </message>
    <message>
      <source>Anyone</source>
      <translation>ทุกคน</translation>
    </message>
    <message>
      <source>Erase personal data…</source>
      <translation>ลบข้อมูลส่วนบุคคล…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>ส่งออก…</translation>
    </message>
    <message>
      <source>Import a list…</source>
      <translation>นำเข้ารายชื่อ…</translation>
    </message>
    <message>
      <source>Invitation list</source>
      <translation>รายชื่อผู้ได้รับเชิญ</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>รวมรายการ</translation>
    </message>
    <message>
      <source>Merge two…</source>
      <translation>รวมสองรายการ…</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>องค์กร</translation>
    </message>
    <message>
      <source>People</source>
      <translation>รายชื่อบุคคล</translation>
    </message>
    <message>
      <source>Recently deleted</source>
      <translation>ลบล่าสุด</translation>
    </message>
    <message>
      <source>Registered for {event}</source>
      <translation>ลงทะเบียน {event}</translation>
    </message>
    <message>
      <source>Search: name, nickname, phone (last digits too), organisation…</source>
      <translation>ค้นหา: ชื่อ ชื่อเล่น เบอร์โทร (เลขท้ายก็ได้) หน่วยงาน…</translation>
    </message>
    <message>
      <source>Select exactly two people to merge.</source>
      <translation>โปรดเลือกบุคคลที่จะรวมให้ครบสองรายการพอดี</translation>
    </message>
    <message>
      <source>Select two rows of the same person, then merge them</source>
      <translation>เลือกสองแถวที่เป็นบุคคลเดียวกัน แล้วรวมเป็นรายการเดียว</translation>
    </message>
    <message>
      <source>When someone asks for their data to be deleted (PDPA): erase it for good</source>
      <translation>เมื่อเจ้าของข้อมูลขอให้ลบข้อมูลของตน (PDPA): ลบถาวร</translation>
    </message>
    <message>
      <source>{n} people</source>
      <translation>{n} คน</translation>
    </message>
    <message>
      <source>{shown} of {n} people</source>
      <translation>{shown} จาก {n} คน</translation>
    </message>
  </context>
  <context>
    <name>PeopleTransfers</name>
    <message>
      <source>An invitation list is imported into a seminar, and none is chosen. Create a new seminar now? (To use an existing one, choose it in the toolbar.)</source>
      <translation>รายชื่อผู้ได้รับเชิญต้องนำเข้าไปยังการสัมมนา แต่ยังไม่ได้เลือกการสัมมนา ต้องการสร้างการสัมมนาใหม่ตอนนี้หรือไม่ (หากต้องการใช้การสัมมนาที่มีอยู่ ให้เลือกที่แถบเครื่องมือ)</translation>
    </message>
    <message>
      <source>Excel (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <source>Export people</source>
      <translation>ส่งออกรายชื่อ</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>นำเข้า</translation>
    </message>
    <message>
      <source>Import an invitation list</source>
      <translation>นำเข้ารายชื่อผู้ได้รับเชิญ</translation>
    </message>
    <message>
      <source>Imported: {created} added, {merged} merged, {registered} invited.</source>
      <translation>นำเข้าแล้ว: เพิ่มใหม่ {created} คน รวมกับรายชื่อเดิม {merged} คน เชิญ {registered} คน</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>ตารางข้อมูล (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>{n} new organisations were added to the directory.</source>
      <translation>เพิ่มองค์กรใหม่ {n} แห่งในทะเบียน</translation>
    </message>
    <message>
      <source>{n} rows were skipped.</source>
      <translation>ข้าม {n} แถว</translation>
    </message>
  </context>
  <context>
    <name>PersonEditor</name>
    <message>
      <source>Access needs</source>
      <translation>ความต้องการพิเศษ</translation>
    </message>
    <message>
      <source>Choose or type a title (นาย, นาง, ดร., a rank, …)</source>
      <translation>เลือกหรือพิมพ์คำนำหน้า (นาย นาง ดร. ยศ …)</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>ความยินยอม</translation>
    </message>
    <message>
      <source>Consent given on</source>
      <translation>ให้ความยินยอมเมื่อ</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>อาหาร</translation>
    </message>
    <message>
      <source>District</source>
      <translation>อำเภอ/เขต</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>อีเมล</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>นามสกุล</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>LINE ID</source>
      <translation>ไอดีไลน์</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>บุคคลใหม่</translation>
    </message>
    <message>
      <source>Nickname</source>
      <translation>ชื่อเล่น</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>หมายเหตุ</translation>
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
      <source>Position</source>
      <translation>ตำแหน่ง</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Purpose of consent</source>
      <translation>วัตถุประสงค์ที่ให้ความยินยอม</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Seminars</source>
      <translation>การสัมมนา</translation>
    </message>
    <message>
      <source>Sub-district</source>
      <translation>ตำบล/แขวง</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>คำนำหน้า</translation>
    </message>
    <message>
      <source>Village no.</source>
      <translation>หมู่ที่</translation>
    </message>
  </context>
  <context>
    <name>PlanRowsModel</name>
    <message>
      <source>A known organisation: it keeps its kind.</source>
      <translation>องค์กรที่มีอยู่แล้ว ใช้ประเภทเดิม</translation>
    </message>
    <message>
      <source>A new organisation: its kind is read from its name; change it below.</source>
      <translation>องค์กรใหม่ ประเภทเดาจากชื่อ เปลี่ยนได้ที่รายการด้านบน</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>การดำเนินการ</translation>
    </message>
    <message>
      <source>Kind of organisation</source>
      <translation>ประเภทองค์กร</translation>
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
      <source>Row</source>
      <translation>แถว</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation>สิ่งที่ต้องตรวจสอบ</translation>
    </message>
    <message>
      <source>add</source>
      <translation>เพิ่ม</translation>
    </message>
    <message>
      <source>merge</source>
      <translation>รวม</translation>
    </message>
    <message>
      <source>skip</source>
      <translation>ข้าม</translation>
    </message>
  </context>
  <context>
    <name>organiser</name>
    <message>
      <source>'{email}' is not an e-mail address</source>
      <translation>'{email}' ไม่ใช่อีเมล</translation>
    </message>
    <message>
      <source>'{email}' is not an e-mail address.</source>
      <translation>'{email}' ไม่ใช่อีเมล</translation>
    </message>
    <message>
      <source>'{field}' is longer than {n} characters</source>
      <translation>'{field}' ยาวเกิน {n} ตัวอักษร</translation>
    </message>
    <message>
      <source>'{name}' is not a Thai province.</source>
      <translation>'{name}' ไม่ใช่ชื่อจังหวัดของไทย</translation>
    </message>
    <message>
      <source>'{name}' is not a province; left empty</source>
      <translation>'{name}' ไม่ใช่ชื่อจังหวัด จึงเว้นว่างไว้</translation>
    </message>
    <message>
      <source>'{phone}' is not a Thai phone number (9 or 10 digits starting with 0).</source>
      <translation>'{phone}' ไม่ใช่หมายเลขโทรศัพท์ของไทย (9 หรือ 10 หลัก ขึ้นต้นด้วย 0)</translation>
    </message>
    <message>
      <source>'{phone}' is not a phone number</source>
      <translation>'{phone}' ไม่ใช่หมายเลขโทรศัพท์</translation>
    </message>
    <message>
      <source>'{value}' is not a village number; left empty</source>
      <translation>'{value}' ไม่ใช่เลขหมู่ที่ จึงเว้นว่างไว้</translation>
    </message>
    <message>
      <source>'{value}' is not understood; '{default}' used</source>
      <translation>ไม่เข้าใจ '{value}' จึงใช้ '{default}'</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
      <source>A person needs at least a given name.</source>
      <translation>ต้องมีชื่ออย่างน้อยหนึ่งช่อง</translation>
    </message>
    <message>
      <source>A person this list matches was deleted meanwhile; check the list again.</source>
      <translation>มีบุคคลที่ตรงกับรายชื่อนี้ถูกลบไประหว่างนั้น โปรดตรวจสอบรายชื่ออีกครั้ง</translation>
    </message>
    <message>
      <source>Access needs</source>
      <translation>ความต้องการพิเศษ</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>เพิ่มใหม่</translation>
    </message>
    <message>
      <source>An organisation needs a name.</source>
      <translation>องค์กรต้องมีชื่อ</translation>
    </message>
    <message>
      <source>Checking row {n} of {total}</source>
      <translation>กำลังตรวจแถวที่ {n} จาก {total}</translation>
    </message>
    <message>
      <source>Choose at least one known column to export.</source>
      <translation>โปรดเลือกคอลัมน์ที่จะส่งออกอย่างน้อยหนึ่งคอลัมน์</translation>
    </message>
    <message>
      <source>Choose two different organisations to merge.</source>
      <translation>โปรดเลือกองค์กรสองรายการที่ต่างกันเพื่อรวม</translation>
    </message>
    <message>
      <source>Choose two different people to merge.</source>
      <translation>โปรดเลือกบุคคลสองรายการที่ต่างกันเพื่อรวม</translation>
    </message>
    <message>
      <source>Columns: {columns}</source>
      <translation>คอลัมน์: {columns}</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>การดำเนินการ</translation>
    </message>
    <message>
      <source>Deleted people cannot be merged; restore them first.</source>
      <translation>รวมรายการที่ถูกลบไม่ได้ โปรดกู้คืนก่อน</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>อาหาร</translation>
    </message>
    <message>
      <source>District</source>
      <translation>อำเภอ/เขต</translation>
    </message>
    <message>
      <source>Dry run: nothing was written.</source>
      <translation>ทดลองตรวจเท่านั้น ไม่มีการบันทึกข้อมูล</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>อีเมล</translation>
    </message>
    <message>
      <source>Export to a file ending in .xlsx or .csv.</source>
      <translation>โปรดตั้งชื่อไฟล์ที่ลงท้ายด้วย .xlsx หรือ .csv</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>นามสกุล</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ไฟล์</translation>
    </message>
    <message>
      <source>File: {name}</source>
      <translation>ไฟล์: {name}</translation>
    </message>
    <message>
      <source>Full name (title, given and family name)</source>
      <translation>ชื่อ-นามสกุล (พร้อมคำนำหน้า)</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>ชื่อ</translation>
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
      <source>Import brought back: {people} people and {n} invitations.</source>
      <translation>คืนการนำเข้าแล้ว: {people} คน คำเชิญ {n} รายการ</translation>
    </message>
    <message>
      <source>Import undone: {people} people and {n} invitations taken back.</source>
      <translation>ยกเลิกการนำเข้าแล้ว: {people} คน คำเชิญ {n} รายการ</translation>
    </message>
    <message>
      <source>Imported: {created} people added, {merged} merged, {registered} invited. Undo with 'organiser people undo-import {batch}'.</source>
      <translation>นำเข้าแล้ว: เพิ่มใหม่ {created} คน รวมกับรายชื่อเดิม {merged} คน เชิญ {registered} คน ยกเลิกได้ด้วยคำสั่ง 'organiser people undo-import {batch}'</translation>
    </message>
    <message>
      <source>Kept because they were used since: {people} people, {n} invitations.</source>
      <translation>เก็บไว้เพราะมีการใช้งานแล้ว: {people} คน คำเชิญ {n} รายการ</translation>
    </message>
    <message>
      <source>LINE ID</source>
      <translation>ไอดีไลน์</translation>
    </message>
    <message>
      <source>Merged: {registrations} registrations moved to {person}.</source>
      <translation>รวมรายการแล้ว: ย้ายการลงทะเบียน {registrations} รายการไปที่ {person}</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
      <source>Name title</source>
      <translation>คำนำหน้า</translation>
    </message>
    <message>
      <source>Nickname</source>
      <translation>ชื่อเล่น</translation>
    </message>
    <message>
      <source>No column with names was found in {name}; its header row needs a column such as 'ชื่อ-สกุล' or 'ชื่อ'.</source>
      <translation>ไม่พบคอลัมน์ชื่อในไฟล์ {name} แถวหัวตารางต้องมีคอลัมน์ เช่น 'ชื่อ-สกุล' หรือ 'ชื่อ'</translation>
    </message>
    <message>
      <source>No such event.</source>
      <translation>ไม่พบการสัมมนานี้</translation>
    </message>
    <message>
      <source>No such import.</source>
      <translation>ไม่พบการนำเข้านี้</translation>
    </message>
    <message>
      <source>No such organisation.</source>
      <translation>ไม่พบองค์กรนี้</translation>
    </message>
    <message>
      <source>No such person.</source>
      <translation>ไม่พบบุคคลนี้</translation>
    </message>
    <message>
      <source>Nobody found.</source>
      <translation>ไม่พบรายชื่อ</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <source>Nothing of the import of {file} can be taken back: {counts}. Everyone is kept.</source>
      <translation>ยกเลิกการนำเข้าจาก {file} ไม่ได้เลย: {counts} จึงเก็บรายชื่อไว้ทั้งหมด</translation>
    </message>
    <message>
      <source>Only the first {n} rows were read; the rest of the file was left out.</source>
      <translation>อ่านเฉพาะ {n} แถวแรก ส่วนที่เหลือของไฟล์ไม่ได้อ่าน</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <source>People</source>
      <translation>บุคคล</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>โทรศัพท์</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>ตำแหน่ง</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>เหตุผล</translation>
    </message>
    <message>
      <source>Registration code</source>
      <translation>รหัสลงทะเบียน</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>แถว</translation>
    </message>
    <message>
      <source>Row {line}: a cell longer than {n} characters was shortened.</source>
      <translation>แถวที่ {line}: มีช่องที่ยาวเกิน {n} ตัวอักษร จึงตัดให้สั้นลง</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>กำลังบันทึก</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>Sub-district</source>
      <translation>ตำบล/แขวง</translation>
    </message>
    <message>
      <source>Take the undo back with 'organiser people redo-import {batch}'.</source>
      <translation>คืนการนำเข้าได้ด้วยคำสั่ง 'organiser people redo-import {batch}'</translation>
    </message>
    <message>
      <source>The field '{field}' is too long (at most {n} characters).</source>
      <translation>ช่อง '{field}' ยาวเกินไป (ไม่เกิน {n} ตัวอักษร)</translation>
    </message>
    <message>
      <source>The file {name} cannot be opened: {reason}</source>
      <translation>เปิดไฟล์ {name} ไม่ได้: {reason}</translation>
    </message>
    <message>
      <source>The file {name} has no rows with data.</source>
      <translation>ไฟล์ {name} ไม่มีแถวที่มีข้อมูล</translation>
    </message>
    <message>
      <source>The file {name} is empty.</source>
      <translation>แฟ้ม {name} ไม่มีข้อมูล</translation>
    </message>
    <message>
      <source>The file {name} is too large for an invitation list (over {mb} MB).</source>
      <translation>ไฟล์ {name} ใหญ่เกินกว่าจะเป็นรายชื่อผู้ได้รับเชิญ (เกิน {mb} MB)</translation>
    </message>
    <message>
      <source>The import of {file} was used since: {counts}. Those are kept; undo only the other {n} people and their invitations, or leave the import as it is.</source>
      <translation>การนำเข้าจาก {file} มีการใช้งานแล้ว: {counts} รายชื่อเหล่านี้จะเก็บไว้ ยกเลิกได้เฉพาะอีก {n} คนที่เหลือพร้อมคำเชิญ หรือคงการนำเข้าไว้ตามเดิม</translation>
    </message>
    <message>
      <source>The organisation's name or short form is too long.</source>
      <translation>ชื่อหรือชื่อย่อขององค์กรยาวเกินไป</translation>
    </message>
    <message>
      <source>The village number must be a number (หมู่ที่).</source>
      <translation>หมู่ที่ต้องเป็นตัวเลข</translation>
    </message>
    <message>
      <source>This import is not undone: there is nothing to redo.</source>
      <translation>การนำเข้านี้ยังไม่ถูกยกเลิก จึงไม่มีอะไรให้คืน</translation>
    </message>
    <message>
      <source>This import was already undone.</source>
      <translation>การนำเข้านี้ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
      <source>This organisation no longer exists; reload the list.</source>
      <translation>องค์กรนี้ไม่มีอยู่แล้ว โปรดโหลดรายการใหม่</translation>
    </message>
    <message>
      <source>This person no longer exists; reload the list.</source>
      <translation>บุคคลนี้ไม่มีอยู่แล้ว โปรดโหลดรายการใหม่</translation>
    </message>
    <message>
      <source>This person's data was erased on request and cannot be edited or merged; add them again as a new person if they agree.</source>
      <translation>ข้อมูลของบุคคลนี้ถูกลบตามคำขอแล้ว จึงแก้ไขหรือรวมรายการไม่ได้ หากเจ้าตัวยินยอม ให้เพิ่มเป็นบุคคลใหม่</translation>
    </message>
    <message>
      <source>This record was merged into another organisation and cannot be restored.</source>
      <translation>รายการนี้ถูกรวมเข้ากับองค์กรอื่นแล้ว จึงกู้คืนไม่ได้</translation>
    </message>
    <message>
      <source>This record was merged into another person and cannot be restored.</source>
      <translation>รายการนี้ถูกรวมเข้ากับบุคคลอื่นแล้ว จึงกู้คืนไม่ได้</translation>
    </message>
    <message>
      <source>Unknown kind of organisation.</source>
      <translation>ไม่รู้จักประเภทองค์กรนี้</translation>
    </message>
    <message>
      <source>Village no.</source>
      <translation>หมู่ที่</translation>
    </message>
    <message>
      <source>When (UTC)</source>
      <translation>เมื่อ (UTC)</translation>
    </message>
    <message>
      <source>Writing {n} people</source>
      <translation>กำลังบันทึกรายชื่อ {n} คน</translation>
    </message>
    <message>
      <source>a cell is longer than {n} characters</source>
      <translation>มีช่องที่ยาวเกิน {n} ตัวอักษร</translation>
    </message>
    <message>
      <source>add</source>
      <translation>เพิ่ม</translation>
    </message>
    <message>
      <source>check every row and report; write nothing</source>
      <translation>ตรวจทุกแถวและรายงานผล โดยไม่บันทึกข้อมูล</translation>
    </message>
    <message>
      <source>comma-separated columns out of: {keys}</source>
      <translation>คอลัมน์ที่ต้องการ คั่นด้วยจุลภาค เลือกจาก: {keys}</translation>
    </message>
    <message>
      <source>find people by name, nickname, phone, …</source>
      <translation>ค้นหาบุคคลจากชื่อ ชื่อเล่น เบอร์โทร …</translation>
    </message>
    <message>
      <source>import an invitation list (.xlsx or .csv)</source>
      <translation>นำเข้ารายชื่อผู้ได้รับเชิญ (.xlsx หรือ .csv)</translation>
    </message>
    <message>
      <source>list past imports</source>
      <translation>แสดงการนำเข้าที่ผ่านมา</translation>
    </message>
    <message>
      <source>list people</source>
      <translation>แสดงรายชื่อบุคคล</translation>
    </message>
    <message>
      <source>merge</source>
      <translation>รวม</translation>
    </message>
    <message>
      <source>merge two records of the same person (a backup is made first)</source>
      <translation>รวมสองรายการของบุคคลเดียวกัน (สำรองข้อมูลก่อน)</translation>
    </message>
    <message>
      <source>no name</source>
      <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
      <source>only people registered for it</source>
      <translation>เฉพาะผู้ที่ลงทะเบียนการสัมมนานี้</translation>
    </message>
    <message>
      <source>only this event's registrations</source>
      <translation>เฉพาะผู้ลงทะเบียนของการสัมมนานี้</translation>
    </message>
    <message>
      <source>people and organisations: import, list, search</source>
      <translation>บุคคลและองค์กร: นำเข้า แสดงรายชื่อ ค้นหา</translation>
    </message>
    <message>
      <source>people or an event's registrations, .xlsx/.csv</source>
      <translation>รายชื่อบุคคลหรือผู้ลงทะเบียนของการสัมมนา เป็น .xlsx/.csv</translation>
    </message>
    <message>
      <source>same name and organisation as {who}</source>
      <translation>ชื่อและหน่วยงานเดียวกับ {who}</translation>
    </message>
    <message>
      <source>same person as row {line}</source>
      <translation>ซ้ำกับแถวที่ {line}</translation>
    </message>
    <message>
      <source>same phone as {who}</source>
      <translation>เบอร์โทรเดียวกับ {who}</translation>
    </message>
    <message>
      <source>skip</source>
      <translation>ข้าม</translation>
    </message>
    <message>
      <source>some characters cannot be read; correct them in the file</source>
      <translation>มีตัวอักษรที่อ่านไม่ได้ โปรดแก้ไขในไฟล์</translation>
    </message>
    <message>
      <source>take back one import (a backup is made first)</source>
      <translation>ยกเลิกการนำเข้าหนึ่งครั้ง (สำรองข้อมูลก่อน)</translation>
    </message>
    <message>
      <source>take back the undo of an import</source>
      <translation>คืนการนำเข้าที่ยกเลิกไป</translation>
    </message>
    <message>
      <source>the .xlsx or .csv file</source>
      <translation>ไฟล์ .xlsx หรือ .csv</translation>
    </message>
    <message>
      <source>the event to invite them to</source>
      <translation>การสัมมนาที่จะเชิญ</translation>
    </message>
    <message>
      <source>the id of the duplicate to fold into it</source>
      <translation>รหัสของรายการที่ซ้ำ ซึ่งจะรวมเข้าไป</translation>
    </message>
    <message>
      <source>the id of the record to keep</source>
      <translation>รหัสของรายการที่จะเก็บไว้</translation>
    </message>
    <message>
      <source>the import's id (see 'people imports')</source>
      <translation>รหัสการนำเข้า (ดูจาก 'people imports')</translation>
    </message>
    <message>
      <source>undone</source>
      <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
      <source>when some of its people have checked in or were edited since, keep them and take back only the others</source>
      <translation>ถ้ามีบางคนลงทะเบียนหน้างานหรือถูกแก้ไขแล้ว ให้เก็บไว้และยกเลิกเฉพาะคนอื่น</translation>
    </message>
    <message>
      <source>{name} cannot be read as CSV (near line {line}).</source>
      <translation>อ่านไฟล์ {name} แบบ CSV ไม่ได้ (ใกล้บรรทัดที่ {line})</translation>
    </message>
    <message>
      <source>{name} holds far more cells or text than an invitation list; it was not imported (keep only the list's sheet and columns, then try again).</source>
      <translation>{name} มีข้อมูลมากเกินกว่ารายชื่อผู้ได้รับเชิญ จึงไม่ได้นำเข้า (เก็บไว้เฉพาะแผ่นงานและคอลัมน์ของรายชื่อ แล้วลองใหม่)</translation>
    </message>
    <message>
      <source>{name} is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx, then import that.</source>
      <translation>{name} เป็นไฟล์ Excel รุ่นเก่า (.xls) โปรดเปิดด้วย Excel หรือ LibreOffice แล้วบันทึกเป็น .xlsx จากนั้นนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
      <source>{name} is not a spreadsheet that can be read (.xlsx, or .csv text).</source>
      <translation>{name} ไม่ใช่ตารางข้อมูลที่อ่านได้ (.xlsx หรือข้อความ .csv)</translation>
    </message>
    <message>
      <source>{name} unpacks to far more data than an invitation list has; it was not opened.</source>
      <translation>{name} คลายออกมาแล้วมีข้อมูลมากเกินกว่ารายชื่อผู้ได้รับเชิญ จึงไม่ได้เปิดอ่าน</translation>
    </message>
    <message>
      <source>{new} new, {merge} already known, {skip} skipped.</source>
      <translation>รายชื่อใหม่ {new} คน มีอยู่แล้ว {merge} คน ข้าม {skip} แถว</translation>
    </message>
    <message>
      <source>{n} are in another seminar, session, team or plan</source>
      <translation>อยู่ในงานสัมมนา ช่วงการประชุม ทีม หรือแผนอื่น {n} คน</translation>
    </message>
    <message>
      <source>{n} of them have checked in</source>
      <translation>ลงทะเบียนหน้างานแล้ว {n} คน</translation>
    </message>
    <message>
      <source>{n} rows written to {path}</source>
      <translation>บันทึก {n} แถวลงใน {path} แล้ว</translation>
    </message>
    <message>
      <source>{n} were edited since</source>
      <translation>แก้ไขแล้ว {n} คน</translation>
    </message>
    <message>
      <source>{people} people and {invitations} invitations</source>
      <translation>{people} คน คำเชิญ {invitations} รายการ</translation>
    </message>
  </context>
</TS>
