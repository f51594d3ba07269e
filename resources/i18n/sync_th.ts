<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>A change file from {sender} ({fpr}). Nothing is written until you press Receive; a backup is made first.</source>
      <translation>ไฟล์การเปลี่ยนแปลงจาก {sender} ({fpr}) ระบบจะยังไม่บันทึกสิ่งใดจนกว่าจะกด รับข้อมูล และจะสำรองข้อมูลไว้ก่อน</translation>
    </message>
    <message>
      <source>Actions:</source>
      <translation>กิจกรรม:</translation>
    </message>
    <message>
      <source>All changes:</source>
      <translation>การเปลี่ยนแปลงทั้งหมด:</translation>
    </message>
    <message>
      <source>Check-ins:</source>
      <translation>การลงทะเบียนเข้างาน:</translation>
    </message>
    <message>
      <source>Memoranda:</source>
      <translation>บันทึกความร่วมมือ:</translation>
    </message>
    <message>
      <source>New conflicts:</source>
      <translation>ข้อมูลขัดกันใหม่:</translation>
    </message>
    <message>
      <source>People:</source>
      <translation>บุคคล:</translation>
    </message>
    <message>
      <source>Receive</source>
      <translation>รับข้อมูล</translation>
    </message>
    <message>
      <source>Receive changes</source>
      <translation>รับการเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>Signed scans inside:</source>
      <translation>เอกสารสแกนที่แนบมาด้วย:</translation>
    </message>
    <message>
      <source>Signed scans to follow:</source>
      <translation>เอกสารสแกนที่จะตามมา:</translation>
    </message>
  </context>
  <context>
    <name>ResolveDialog</name>
    <message>
      <source>Another value:</source>
      <translation>ค่าอื่น:</translation>
    </message>
    <message>
      <source>Choose a value, or type another.</source>
      <translation>เลือกค่าใดค่าหนึ่ง หรือพิมพ์ค่าอื่น</translation>
    </message>
    <message>
      <source>Keep this value</source>
      <translation>ใช้ค่านี้</translation>
    </message>
    <message>
      <source>Settle a conflict</source>
      <translation>แก้ข้อมูลที่ขัดกัน</translation>
    </message>
    <message>
      <source>Two offices changed {field} of {record} without seeing each other's edit. Which value is right?</source>
      <translation>มีสองสำนักงานแก้ไข{field}ของ {record} โดยไม่เห็นการแก้ไขของอีกฝ่าย ค่าใดถูกต้อง</translation>
    </message>
  </context>
  <context>
    <name>SendDialog</name>
    <message>
      <source>Save the change file…</source>
      <translation>บันทึกไฟล์การเปลี่ยนแปลง…</translation>
    </message>
    <message>
      <source>Send changes</source>
      <translation>ส่งการเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>The change file can be opened only by the offices ticked here. Send it by e-mail, LINE or USB stick.</source>
      <translation>ไฟล์การเปลี่ยนแปลงจะเปิดได้เฉพาะสำนักงานที่เลือกไว้ที่นี่ ส่งทางอีเมล LINE หรือแฟลชไดรฟ์ก็ได้</translation>
    </message>
    <message>
      <source>Tick at least one office.</source>
      <translation>เลือกอย่างน้อยหนึ่งสำนักงาน</translation>
    </message>
    <message>
      <source>laptop</source>
      <translation>เครื่อง</translation>
    </message>
    <message>
      <source>office</source>
      <translation>สำนักงาน</translation>
    </message>
  </context>
  <context>
    <name>SyncChangeFiles</name>
    <message>
      <source>Change files (*.orgsync *.orgsync.*);;All files (*)</source>
      <translation>ไฟล์การเปลี่ยนแปลง (*.orgsync *.orgsync.*);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
      <source>It was larger than 10 MB, so it was written in {n} parts ({files}): send all of them together.</source>
      <translation>ไฟล์ใหญ่เกิน 10 MB จึงแบ่งเป็น {n} ส่วน ({files}) กรุณาส่งทุกส่วนไปพร้อมกัน</translation>
    </message>
    <message>
      <source>No copy is trusted yet: trust another office's key card first (in the Sync place).</source>
      <translation>ยังไม่มีเครื่องที่เชื่อถือ กรุณาเชื่อถือบัตรกุญแจของสำนักงานอื่นก่อน (ที่หน้าแลกเปลี่ยนข้อมูล)</translation>
    </message>
    <message>
      <source>Reading the change file…</source>
      <translation>กำลังอ่านไฟล์การเปลี่ยนแปลง…</translation>
    </message>
    <message>
      <source>Receive changes (choose every part)</source>
      <translation>รับการเปลี่ยนแปลง (เลือกให้ครบทุกส่วน)</translation>
    </message>
    <message>
      <source>Receiving the changes…</source>
      <translation>กำลังรับการเปลี่ยนแปลง…</translation>
    </message>
    <message>
      <source>Save the change file</source>
      <translation>บันทึกไฟล์การเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>เกิดข้อผิดพลาด: {error}</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>แลกเปลี่ยนข้อมูล</translation>
    </message>
    <message>
      <source>Writing the change file…</source>
      <translation>กำลังเขียนไฟล์การเปลี่ยนแปลง…</translation>
    </message>
    <message>
      <source>{n} changes for {names} saved in {file}.</source>
      <translation>บันทึกการเปลี่ยนแปลง {n} รายการสำหรับ {names} ไว้ในไฟล์ {file} แล้ว</translation>
    </message>
    <message>
      <source>{n} changes received from {sender}.</source>
      <translation>รับการเปลี่ยนแปลง {n} รายการจาก {sender} แล้ว</translation>
    </message>
    <message>
      <source>{n} conflicts wait for you in the Sync place.</source>
      <translation>มีข้อมูลขัดกัน {n} รายการรอให้แก้ที่หน้าแลกเปลี่ยนข้อมูล</translation>
    </message>
    <message>
      <source>{n} signed scans were too large to go inside; they are listed as awaited.</source>
      <translation>เอกสารสแกน {n} ไฟล์ใหญ่เกินกว่าจะแนบไปได้ จึงแสดงไว้ในรายการที่รอรับ</translation>
    </message>
  </context>
  <context>
    <name>SyncConflicts</name>
    <message>
      <source>(empty)</source>
      <translation>(ว่าง)</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>กิจกรรม</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>ลบแล้ว</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <source>District</source>
      <translation>อำเภอ</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>กำหนดเสร็จ</translation>
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
      <source>Follow-up plan</source>
      <translation>แผนการติดตามผล</translation>
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
      <source>Memorandum</source>
      <translation>บันทึกความร่วมมือ</translation>
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
      <source>Notes</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>บุคคล</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>เบอร์โทร</translation>
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
      <source>Registration</source>
      <translation>การลงทะเบียน</translation>
    </message>
    <message>
      <source>Seminar</source>
      <translation>งานสัมมนา</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
      <source>{value} (shown now)</source>
      <translation>{value} (ค่าที่แสดงอยู่)</translation>
    </message>
    <message>
      <source>{value} — {by}, {at}</source>
      <translation>{value} — {by} เมื่อ {at}</translation>
    </message>
  </context>
  <context>
    <name>SyncKeyCards</name>
    <message>
      <source>Key card saved as {file} (fingerprint {fpr}: {words}). Give it to the other office, then read the words to them.</source>
      <translation>บันทึกบัตรกุญแจเป็น {file} แล้ว (ลายนิ้วมือ {fpr}: {words}) ส่งให้สำนักงานอื่น แล้วอ่านคำเหล่านี้ให้ฟังทางโทรศัพท์</translation>
    </message>
    <message>
      <source>Key cards (*.orgcard *.json);;All files (*)</source>
      <translation>บัตรกุญแจ (*.orgcard *.json);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
      <source>Save my key card</source>
      <translation>บันทึกบัตรกุญแจของเครื่องนี้</translation>
    </message>
    <message>
      <source>This laptop joined the office {office}.</source>
      <translation>เครื่องนี้เข้าร่วมสำนักงาน {office} แล้ว</translation>
    </message>
    <message>
      <source>Trust a key card</source>
      <translation>เชื่อถือบัตรกุญแจ</translation>
    </message>
    <message>
      <source>{name} is trusted now.</source>
      <translation>เชื่อถือ {name} แล้ว</translation>
    </message>
  </context>
  <context>
    <name>SyncMarks</name>
    <message>
      <source>Another office changed this field without seeing this value: settle it in the Sync place (Ctrl+8).</source>
      <translation>สำนักงานอื่นแก้ไขช่องนี้โดยไม่เห็นค่านี้ กรุณาแก้ข้อมูลที่ขัดกันที่หน้าแลกเปลี่ยนข้อมูล (Ctrl+8)</translation>
    </message>
  </context>
  <context>
    <name>SyncMenu</name>
    <message>
      <source>Receive changes…</source>
      <translation>รับการเปลี่ยนแปลง…</translation>
    </message>
    <message>
      <source>Send changes…</source>
      <translation>ส่งการเปลี่ยนแปลง…</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <source> Its laptops are no longer trusted through it.</source>
      <translation> เครื่องของสำนักงานนั้นจะไม่ได้รับความเชื่อถือผ่านสำนักงานนี้อีก</translation>
    </message>
    <message>
      <source>(no office name yet: see Settings)</source>
      <translation>(ยังไม่ได้ตั้งชื่อสำนักงาน: ดูที่การตั้งค่า)</translation>
    </message>
    <message>
      <source>Attachments awaited</source>
      <translation>ไฟล์แนบที่รอรับ</translation>
    </message>
    <message>
      <source>Attachments awaited ({n})</source>
      <translation>ไฟล์แนบที่รอรับ ({n})</translation>
    </message>
    <message>
      <source>Attachments awaited: {n}</source>
      <translation>ไฟล์แนบที่รอรับ: {n}</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>Changes the trusted copies may still lack: {n}</source>
      <translation>การเปลี่ยนแปลงที่เครื่องอื่นอาจยังไม่มี: {n}</translation>
    </message>
    <message>
      <source>Choose a conflict in the list first.</source>
      <translation>กรุณาเลือกรายการข้อมูลขัดกันก่อน</translation>
    </message>
    <message>
      <source>Choose a copy or an office in the list first.</source>
      <translation>กรุณาเลือกเครื่องหรือสำนักงานในรายการก่อน</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>ข้อมูลขัดกัน</translation>
    </message>
    <message>
      <source>Conflicts ({n})</source>
      <translation>ข้อมูลขัดกัน ({n})</translation>
    </message>
    <message>
      <source>Conflicts waiting for you: {n}</source>
      <translation>ข้อมูลขัดกันที่รอให้แก้: {n}</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>ช่องข้อมูล</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ไฟล์</translation>
    </message>
    <message>
      <source>Fingerprint</source>
      <translation>ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
      <source>Fingerprint:</source>
      <translation>ลายนิ้วมือกุญแจ:</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Laptop</source>
      <translation>เครื่อง</translation>
    </message>
    <message>
      <source>Last received</source>
      <translation>รับล่าสุด</translation>
    </message>
    <message>
      <source>Last sent</source>
      <translation>ส่งล่าสุด</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>ชื่อ:</translation>
    </message>
    <message>
      <source>No copy is trusted yet: trust another office's key card first.</source>
      <translation>ยังไม่มีเครื่องที่เชื่อถือ กรุณาเชื่อถือบัตรกุญแจของสำนักงานอื่นก่อน</translation>
    </message>
    <message>
      <source>Not trusted</source>
      <translation>ไม่เชื่อถือ</translation>
    </message>
    <message>
      <source>Office</source>
      <translation>สำนักงาน</translation>
    </message>
    <message>
      <source>Office key:</source>
      <translation>กุญแจสำนักงาน:</translation>
    </message>
    <message>
      <source>Office:</source>
      <translation>สำนักงาน:</translation>
    </message>
    <message>
      <source>Read aloud as:</source>
      <translation>อ่านออกเสียงว่า:</translation>
    </message>
    <message>
      <source>Receive changes…</source>
      <translation>รับการเปลี่ยนแปลง…</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>ข้อมูล</translation>
    </message>
    <message>
      <source>Resolve…</source>
      <translation>แก้ไข…</translation>
    </message>
    <message>
      <source>Revoke</source>
      <translation>เพิกถอน</translation>
    </message>
    <message>
      <source>Revoke {what} ({fpr})?

From now on no change file is sealed to it, and the files it signs are refused here.{office}

Revoking does not reach that laptop: what it has already received stays on it and readable to it. If a laptop was lost or stolen, ask every other office to revoke it too.</source>
      <translation>เพิกถอน {what} ({fpr}) หรือไม่

นับจากนี้จะไม่มีไฟล์การเปลี่ยนแปลงส่งถึงเครื่องนั้นอีก และไฟล์ที่เครื่องนั้นลงนามจะถูกปฏิเสธที่นี่{office}

การเพิกถอนไม่ได้ลบข้อมูลในเครื่องนั้น ข้อมูลที่เครื่องนั้นได้รับไปแล้วยังอยู่และยังเปิดอ่านได้ หากเครื่องสูญหายหรือถูกขโมย กรุณาแจ้งทุกสำนักงานให้เพิกถอนด้วย</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>เพิกถอนแล้ว</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>เพิกถอน…</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Save my key card…</source>
      <translation>บันทึกบัตรกุญแจของเครื่องนี้…</translation>
    </message>
    <message>
      <source>Send changes…</source>
      <translation>ส่งการเปลี่ยนแปลง…</translation>
    </message>
    <message>
      <source>Signed scans too large to travel inside a change file: ask the office that filed them to send them, or file them here by hand.</source>
      <translation>เอกสารสแกนที่ใหญ่เกินกว่าจะแนบไปกับไฟล์การเปลี่ยนแปลง กรุณาขอให้สำนักงานที่แนบไว้ส่งมาให้ หรือแนบไฟล์ที่นี่เอง</translation>
    </message>
    <message>
      <source>Signed scans travel inside a change file up to</source>
      <translation>แนบเอกสารสแกนไปในไฟล์ได้ไม่เกิน</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>ขนาด</translation>
    </message>
    <message>
      <source>State</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>Sync with other offices</source>
      <translation>แลกเปลี่ยนข้อมูลกับสำนักงานอื่น</translation>
    </message>
    <message>
      <source>The conflict is settled; the other offices settle it when they receive your next change file.</source>
      <translation>แก้ข้อมูลที่ขัดกันแล้ว สำนักงานอื่นจะได้รับการแก้ไขนี้เมื่อได้รับไฟล์การเปลี่ยนแปลงครั้งถัดไปของคุณ</translation>
    </message>
    <message>
      <source>This copy</source>
      <translation>เครื่องนี้</translation>
    </message>
    <message>
      <source>This laptop holds the office key: its card vouches for the office's laptops.</source>
      <translation>เครื่องนี้ถือกุญแจสำนักงาน บัตรกุญแจของเครื่องนี้รับรองเครื่องอื่นของสำนักงาน</translation>
    </message>
    <message>
      <source>Trust a key card…</source>
      <translation>เชื่อถือบัตรกุญแจ…</translation>
    </message>
    <message>
      <source>Trusted</source>
      <translation>เชื่อถือ</translation>
    </message>
    <message>
      <source>Trusted copies and offices</source>
      <translation>เครื่องและสำนักงานที่เชื่อถือ</translation>
    </message>
    <message>
      <source>Values</source>
      <translation>ค่าที่ขัดกัน</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ไม่มี</translation>
    </message>
    <message>
      <source>the office {name}</source>
      <translation>สำนักงาน {name}</translation>
    </message>
    <message>
      <source>{mb} MB</source>
      <translation>{mb} MB</translation>
    </message>
    <message>
      <source>{name} was revoked.</source>
      <translation>เพิกถอน {name} แล้ว</translation>
    </message>
  </context>
  <context>
    <name>TrustDialog</name>
    <message>
      <source>Fingerprint:</source>
      <translation>ลายนิ้วมือกุญแจ:</translation>
    </message>
    <message>
      <source>Name it here:</source>
      <translation>ชื่อที่ใช้ในเครื่องนี้:</translation>
    </message>
    <message>
      <source>The words are the same: trust it</source>
      <translation>คำตรงกันทุกคำ: เชื่อถือ</translation>
    </message>
    <message>
      <source>This card is {what}. Call the office and ask them to read their fingerprint aloud: trust it only if every word is the same.</source>
      <translation>บัตรนี้เป็นของ{what} โทรหาสำนักงานนั้นและขอให้อ่านลายนิ้วมือกุญแจให้ฟัง เชื่อถือเฉพาะเมื่อคำตรงกันทุกคำ</translation>
    </message>
    <message>
      <source>Trust a key card</source>
      <translation>เชื่อถือบัตรกุญแจ</translation>
    </message>
    <message>
      <source>Words:</source>
      <translation>คำ:</translation>
    </message>
    <message>
      <source>the laptop {name} of {office}</source>
      <translation>เครื่อง {name} ของ {office}</translation>
    </message>
    <message>
      <source>the office {office}, and every laptop it vouches for ({n} now)</source>
      <translation>สำนักงาน {office} และทุกเครื่องที่สำนักงานนี้รับรอง (ขณะนี้ {n} เครื่อง)</translation>
    </message>
  </context>
</TS>
