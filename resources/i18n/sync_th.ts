<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>organiser</name>
    <message>
      <source>(not set)</source>
      <translation>(ยังไม่ได้ตั้ง)</translation>
    </message>
    <message>
      <source>By</source>
      <translation>โดย</translation>
    </message>
    <message>
      <source>Changed:</source>
      <translation>เปลี่ยนแล้ว:</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
      <source>Copy or office</source>
      <translation>เครื่องหรือสำนักงาน</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>ช่องข้อมูล</translation>
    </message>
    <message>
      <source>Fingerprint</source>
      <translation>ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
      <source>Fingerprint: {fpr}</source>
      <translation>ลายนิ้วมือกุญแจ: {fpr}</translation>
    </message>
    <message>
      <source>Key card written to {path} (fingerprint {fpr}).</source>
      <translation>บันทึกบัตรกุญแจไว้ที่ {path} แล้ว (ลายนิ้วมือกุญแจ {fpr})</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Last received</source>
      <translation>รับล่าสุด</translation>
    </message>
    <message>
      <source>No conflict has the id {id}.</source>
      <translation>ไม่มีข้อขัดแย้งรหัส {id}</translation>
    </message>
    <message>
      <source>No conflicts are waiting.</source>
      <translation>ไม่มีข้อขัดแย้งรอการตัดสิน</translation>
    </message>
    <message>
      <source>No copy is trusted yet: trust another office's key card first (organiser sync trust FILE).</source>
      <translation>ยังไม่ได้เชื่อถือเครื่องใดเลย: ให้เชื่อถือบัตรกุญแจของสำนักงานอื่นก่อน (organiser sync trust FILE)</translation>
    </message>
    <message>
      <source>No trusted copy or office has the fingerprint {fpr}.</source>
      <translation>ไม่มีเครื่องหรือสำนักงานที่เชื่อถือซึ่งมีลายนิ้วมือกุญแจ {fpr}</translation>
    </message>
    <message>
      <source>Nothing new: everything in this file is here already.</source>
      <translation>ไม่มีอะไรใหม่: ข้อมูลทั้งหมดในแฟ้มนี้มีอยู่แล้ว</translation>
    </message>
    <message>
      <source>Office key: {fpr}</source>
      <translation>กุญแจสำนักงาน: {fpr}</translation>
    </message>
    <message>
      <source>Office: {office}</source>
      <translation>สำนักงาน: {office}</translation>
    </message>
    <message>
      <source>Read aloud: {words}</source>
      <translation>คำสำหรับอ่านออกเสียง: {words}</translation>
    </message>
    <message>
      <source>Revoked {name} ({fpr}): nothing more is sealed to it, and its files are refused.</source>
      <translation>เพิกถอน {name} ({fpr}) แล้ว: จะไม่ส่งข้อมูลถึงอีก และจะไม่รับแฟ้มจากเครื่องนี้</translation>
    </message>
    <message>
      <source>Say which value to keep (--keep) or type another (--value).</source>
      <translation>โปรดระบุค่าที่จะเก็บไว้ (--keep) หรือพิมพ์ค่าใหม่ (--value)</translation>
    </message>
    <message>
      <source>Settled the conflict {id}.</source>
      <translation>ตัดสินข้อขัดแย้ง {id} แล้ว</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>ที่แสดงอยู่</translation>
    </message>
    <message>
      <source>The conflict {id} has no value {value}.</source>
      <translation>ข้อขัดแย้ง {id} ไม่มีค่า {value}</translation>
    </message>
    <message>
      <source>The file was made by a newer Organiser ({version}): update Organiser here too; what this version cannot show yet is kept until then.</source>
      <translation>แฟ้มนี้ทำจาก Organiser รุ่นใหม่กว่า ({version}): โปรดปรับรุ่น Organiser ที่เครื่องนี้ด้วย ข้อมูลที่รุ่นนี้ยังแสดงไม่ได้จะเก็บไว้จนกว่าจะปรับรุ่น</translation>
    </message>
    <message>
      <source>The key card is damaged or was altered.</source>
      <translation>บัตรกุญแจเสียหายหรือถูกแก้ไข</translation>
    </message>
    <message>
      <source>The key card is damaged.</source>
      <translation>บัตรกุญแจเสียหาย</translation>
    </message>
    <message>
      <source>These are this copy's own changes coming back: nothing new.</source>
      <translation>เป็นการเปลี่ยนแปลงของเครื่องนี้เองที่ส่งกลับมา: ไม่มีอะไรใหม่</translation>
    </message>
    <message>
      <source>This copy: {name}</source>
      <translation>เครื่องนี้: {name}</translation>
    </message>
    <message>
      <source>This file comes from {who} ({fpr}), a copy not trusted here; check its fingerprint and trust its key card first.</source>
      <translation>แฟ้มนี้มาจาก {who} ({fpr}) ซึ่งเครื่องนี้ยังไม่เชื่อถือ: ตรวจลายนิ้วมือกุญแจแล้วเชื่อถือบัตรกุญแจก่อน</translation>
    </message>
    <message>
      <source>This file comes from {who}, whose key was revoked here; it was refused.</source>
      <translation>แฟ้มนี้มาจาก {who} ซึ่งถูกเพิกถอนกุญแจแล้ว จึงไม่รับแฟ้มนี้</translation>
    </message>
    <message>
      <source>This is not a key card of Organiser.</source>
      <translation>นี่ไม่ใช่บัตรกุญแจของ Organiser</translation>
    </message>
    <message>
      <source>This is this copy's own key card.</source>
      <translation>นี่คือบัตรกุญแจของเครื่องนี้เอง</translation>
    </message>
    <message>
      <source>This is this office's own key card.</source>
      <translation>นี่คือบัตรกุญแจของสำนักงานนี้เอง</translation>
    </message>
    <message>
      <source>This laptop now belongs to the office {office}.</source>
      <translation>เครื่องนี้เป็นของสำนักงาน {office} แล้ว</translation>
    </message>
    <message>
      <source>Trust</source>
      <translation>ความเชื่อถือ</translation>
    </message>
    <message>
      <source>Trusted the office {name} and the {n} laptops it vouches for.</source>
      <translation>เชื่อถือสำนักงาน {name} และเครื่อง {n} เครื่องที่สำนักงานรับรองแล้ว</translation>
    </message>
    <message>
      <source>Trusted {name}.</source>
      <translation>เชื่อถือ {name} แล้ว</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>ค่า</translation>
    </message>
    <message>
      <source>Value id</source>
      <translation>รหัสค่า</translation>
    </message>
    <message>
      <source>When</source>
      <translation>วันเวลา</translation>
    </message>
    <message>
      <source>Would change:</source>
      <translation>จะเปลี่ยน:</translation>
    </message>
    <message>
      <source>Wrote {n} changes for {who} to {files}.</source>
      <translation>บันทึกการเปลี่ยนแปลง {n} รายการสำหรับ {who} ไว้ที่ {files} แล้ว</translation>
    </message>
    <message>
      <source>change file {file} for {who}</source>
      <translation>แฟ้มการเปลี่ยนแปลง {file} สำหรับ {who}</translation>
    </message>
    <message>
      <source>exchange changes with other offices</source>
      <translation>แลกเปลี่ยนข้อมูลกับสำนักงานอื่น</translation>
    </message>
    <message>
      <source>its fingerprint</source>
      <translation>ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
      <source>keep this one of its values</source>
      <translation>เก็บค่านี้ไว้</translation>
    </message>
    <message>
      <source>laptop</source>
      <translation>เครื่อง</translation>
    </message>
    <message>
      <source>list the conflicts waiting</source>
      <translation>แสดงข้อขัดแย้งที่รอการตัดสิน</translation>
    </message>
    <message>
      <source>merge a change file (all its parts)</source>
      <translation>รวมแฟ้มการเปลี่ยนแปลง (ทุกส่วน)</translation>
    </message>
    <message>
      <source>office</source>
      <translation>สำนักงาน</translation>
    </message>
    <message>
      <source>only say what would change; write nothing</source>
      <translation>แสดงเฉพาะสิ่งที่จะเปลี่ยน ไม่บันทึกจริง</translation>
    </message>
    <message>
      <source>only these copies or offices (default: all)</source>
      <translation>เฉพาะเครื่องหรือสำนักงานเหล่านี้ (ค่าเริ่มต้น: ทั้งหมด)</translation>
    </message>
    <message>
      <source>revoke a laptop or an office</source>
      <translation>เพิกถอนเครื่องหรือสำนักงาน</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>เพิกถอนแล้ว</translation>
    </message>
    <message>
      <source>settle a conflict</source>
      <translation>ตัดสินข้อขัดแย้ง</translation>
    </message>
    <message>
      <source>the card to write</source>
      <translation>แฟ้มบัตรที่จะบันทึก</translation>
    </message>
    <message>
      <source>the conflict's id</source>
      <translation>รหัสข้อขัดแย้ง</translation>
    </message>
    <message>
      <source>the file and its parts</source>
      <translation>แฟ้มและทุกส่วนของแฟ้ม</translation>
    </message>
    <message>
      <source>the file to write</source>
      <translation>แฟ้มที่จะบันทึก</translation>
    </message>
    <message>
      <source>the key card</source>
      <translation>บัตรกุญแจ</translation>
    </message>
    <message>
      <source>this copy</source>
      <translation>เครื่องนี้</translation>
    </message>
    <message>
      <source>this copy: name, office, key fingerprint</source>
      <translation>เครื่องนี้: ชื่อ สำนักงาน ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
      <source>trust a key card (prints its fingerprint)</source>
      <translation>เชื่อถือบัตรกุญแจ (แสดงลายนิ้วมือกุญแจ)</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>เชื่อถือ</translation>
    </message>
    <message>
      <source>what to call this copy or office here</source>
      <translation>ชื่อที่ใช้เรียกเครื่องหรือสำนักงานนี้ในเครื่องนี้</translation>
    </message>
    <message>
      <source>write a change file for trusted copies</source>
      <translation>ทำแฟ้มการเปลี่ยนแปลงส่งให้เครื่องที่เชื่อถือ</translation>
    </message>
    <message>
      <source>write this copy's key card</source>
      <translation>บันทึกบัตรกุญแจของเครื่องนี้</translation>
    </message>
    <message>
      <source>write this value instead</source>
      <translation>ใช้ค่านี้แทน</translation>
    </message>
    <message>
      <source>{fpr} is not a trusted copy or office: trust its key card first.</source>
      <translation>{fpr} ไม่ใช่เครื่องหรือสำนักงานที่เชื่อถือ: ให้เชื่อถือบัตรกุญแจก่อน</translation>
    </message>
    <message>
      <source>{name} cannot be opened with this copy's key.</source>
      <translation>เปิด {name} ด้วยกุญแจของเครื่องนี้ไม่ได้</translation>
    </message>
    <message>
      <source>{name} cannot be read.</source>
      <translation>อ่าน {name} ไม่ได้</translation>
    </message>
    <message>
      <source>{name} carries changes in this copy's name that it did not make; it was refused.</source>
      <translation>{name} มีการเปลี่ยนแปลงในนามของเครื่องนี้ที่เครื่องนี้ไม่ได้ทำ จึงไม่รับแฟ้มนี้</translation>
    </message>
    <message>
      <source>{name} carries changes signed by a copy not trusted here, or altered on the way; it was refused.</source>
      <translation>{name} มีการเปลี่ยนแปลงที่ลงนามโดยเครื่องที่ไม่ได้เชื่อถือ หรือถูกแก้ไขระหว่างทาง จึงไม่รับแฟ้มนี้</translation>
    </message>
    <message>
      <source>{name} has {n} parts; part {missing} is missing. Receive all the parts together.</source>
      <translation>{name} มี {n} ส่วน แต่ขาดส่วนที่ {missing}: โปรดรับทุกส่วนพร้อมกัน</translation>
    </message>
    <message>
      <source>{name} is a PDF renamed, not a change file of Organiser.</source>
      <translation>{name} เป็นแฟ้ม PDF ที่เปลี่ยนชื่อ ไม่ใช่แฟ้มการเปลี่ยนแปลงของ Organiser</translation>
    </message>
    <message>
      <source>{name} is a zip file renamed, not a change file of Organiser.</source>
      <translation>{name} เป็นแฟ้ม zip ที่เปลี่ยนชื่อ ไม่ใช่แฟ้มการเปลี่ยนแปลงของ Organiser</translation>
    </message>
    <message>
      <source>{name} is damaged or was altered after it was sent: nothing was taken in.</source>
      <translation>{name} เสียหายหรือถูกแก้ไขหลังส่ง: ไม่ได้รับข้อมูลใดเข้ามา</translation>
    </message>
    <message>
      <source>{name} is damaged or was altered: nothing was taken in.</source>
      <translation>{name} เสียหายหรือถูกแก้ไข: ไม่ได้รับข้อมูลใดเข้ามา</translation>
    </message>
    <message>
      <source>{name} is damaged: it cannot be read.</source>
      <translation>{name} เสียหาย อ่านไม่ได้</translation>
    </message>
    <message>
      <source>{name} is incomplete: it was cut short.</source>
      <translation>{name} ไม่ครบ: แฟ้มถูกตัดขาด</translation>
    </message>
    <message>
      <source>{name} is larger than the {mb} MB a change file may be; it was not opened.</source>
      <translation>{name} ใหญ่เกิน {mb} MB ที่แฟ้มการเปลี่ยนแปลงมีได้ จึงไม่ได้เปิด</translation>
    </message>
    <message>
      <source>{name} is not a change file of Organiser.</source>
      <translation>{name} ไม่ใช่แฟ้มการเปลี่ยนแปลงของ Organiser</translation>
    </message>
    <message>
      <source>{name} is not a key card of Organiser.</source>
      <translation>{name} ไม่ใช่บัตรกุญแจของ Organiser</translation>
    </message>
    <message>
      <source>{name} was sealed for other offices, not for this copy: ask {sender} to send it to this copy.</source>
      <translation>{name} ส่งถึงสำนักงานอื่น ไม่ใช่เครื่องนี้: โปรดขอให้ {sender} ส่งถึงเครื่องนี้</translation>
    </message>
    <message>
      <source>{n} attachments were too large to travel and are listed as awaited.</source>
      <translation>เอกสารแนบ {n} รายการใหญ่เกินกว่าจะส่งไปด้วย จึงบันทึกไว้ว่ารอรับ</translation>
    </message>
    <message>
      <source>{n} batches of changes made by a revoked copy were left out.</source>
      <translation>ไม่ได้รับการเปลี่ยนแปลง {n} ชุดที่ทำโดยเครื่องที่ถูกเพิกถอน</translation>
    </message>
    <message>
      <source>{people} people, {check_ins} check-ins, {actions} actions, {memoranda} memoranda; {conflicts} new conflicts.</source>
      <translation>บุคคล {people} คน ลงทะเบียนเข้างาน {check_ins} ครั้ง กิจกรรม {actions} รายการ บันทึกความร่วมมือ {memoranda} ฉบับ ข้อขัดแย้งใหม่ {conflicts} รายการ</translation>
    </message>
  </context>
</TS>
