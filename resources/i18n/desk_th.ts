<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>CheckInsDialog</name>
    <message>
      <source>Cancel this check-in</source>
      <translation>ยกเลิกการลงทะเบียนนี้</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
      <source>Cancelled: {name} ({reason}).</source>
      <translation>ยกเลิกแล้ว: {name} ({reason})</translation>
    </message>
    <message>
      <source>Check-ins</source>
      <translation>รายการลงทะเบียน</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Desk</source>
      <translation>โต๊ะ</translation>
    </message>
    <message>
      <source>How</source>
      <translation>วิธี</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
      <source>No check-ins yet.</source>
      <translation>ยังไม่มีผู้ลงทะเบียน</translation>
    </message>
    <message>
      <source>Not here after all</source>
      <translation>ไม่ได้มาจริง</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>เหตุผล</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>เวลา</translation>
    </message>
    <message>
      <source>Why is it cancelled? (required)</source>
      <translation>ยกเลิกเพราะอะไร (ต้องระบุ)</translation>
    </message>
    <message>
      <source>Wrong day</source>
      <translation>ลงผิดวัน</translation>
    </message>
    <message>
      <source>Wrong person chosen</source>
      <translation>เลือกคนผิด</translation>
    </message>
  </context>
  <context>
    <name>ConfirmationPanel</name>
    <message>
      <source>Check-in undone</source>
      <translation>ยกเลิกการลงทะเบียนแล้ว</translation>
    </message>
    <message>
      <source>Checked in for {day}, which is not today.</source>
      <translation>ลงทะเบียนสำหรับวันที่ {day} ซึ่งไม่ใช่วันนี้</translation>
    </message>
    <message>
      <source>Enter checks in the highlighted person · F2 walk-in · Ctrl+Z undo</source>
      <translation>Enter ลงทะเบียนคนที่เลือก · F2 ลงทะเบียนหน้างาน · Ctrl+Z ยกเลิก</translation>
    </message>
    <message>
      <source>Not checked in</source>
      <translation>ยังไม่ได้ลงทะเบียน</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>พร้อม</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>เหตุผล: {reason}</translation>
    </message>
    <message>
      <source>Type a name, or scan a QR code</source>
      <translation>พิมพ์ชื่อ หรือสแกนคิวอาร์โค้ด</translation>
    </message>
    <message>
      <source>{day}: no longer counted as here.</source>
      <translation>{day}: ไม่นับว่ามาร่วมแล้ว</translation>
    </message>
    <message>
      <source>✓ Checked in · {day} · {time}</source>
      <translation>✓ ลงทะเบียนแล้ว · {day} · {time}</translation>
    </message>
  </context>
  <context>
    <name>DeskController</name>
    <message>
      <source>Choose an event first.</source>
      <translation>กรุณาเลือกงานสัมมนาก่อน</translation>
    </message>
    <message>
      <source>No one found. Press F2 to register a walk-in.</source>
      <translation>ไม่พบรายชื่อ กด F2 เพื่อลงทะเบียนหน้างาน</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>เกิดข้อผิดพลาด: {error}</translation>
    </message>
    <message>
      <source>There is no check-in to undo. To cancel an earlier one, open Check-ins… and choose it.</source>
      <translation>ไม่มีรายการให้ยกเลิก หากต้องการยกเลิกรายการก่อนหน้า ให้เปิด รายการลงทะเบียน… แล้วเลือกรายการนั้น</translation>
    </message>
  </context>
  <context>
    <name>DeskPage</name>
    <message>
      <source>Check-in</source>
      <translation>ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
      <source>Check-ins of the chosen person…</source>
      <translation>รายการลงทะเบียนของผู้ที่เลือก…</translation>
    </message>
    <message>
      <source>Check-ins of {name}, newest first</source>
      <translation>รายการลงทะเบียนของ{name} ล่าสุดอยู่บน</translation>
    </message>
    <message>
      <source>Checked in</source>
      <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
      <source>Choose an event to see who is registered.</source>
      <translation>เลือกงานสัมมนาเพื่อดูรายชื่อผู้ลงทะเบียน</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>รหัส</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Registrations</source>
      <translation>รายชื่อผู้ลงทะเบียน</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
  </context>
  <context>
    <name>DeskView</name>
    <message>
      <source>A short name for this laptop's desk, stored with every check-in it makes:</source>
      <translation>ชื่อสั้น ๆ ของโต๊ะลงทะเบียนเครื่องนี้ จะบันทึกไว้กับการลงทะเบียนทุกรายการ:</translation>
    </message>
    <message>
      <source>Attendance…</source>
      <translation>สรุปการเข้าร่วม…</translation>
    </message>
    <message>
      <source>Badges…</source>
      <translation>ป้ายชื่อ…</translation>
    </message>
    <message>
      <source>Check-ins of {day}, newest first</source>
      <translation>รายการลงทะเบียนวันที่ {day} ล่าสุดอยู่บน</translation>
    </message>
    <message>
      <source>Check-ins…</source>
      <translation>รายการลงทะเบียน…</translation>
    </message>
    <message>
      <source>Checked in</source>
      <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
      <source>Checking in for {day}, not today ({today}).</source>
      <translation>กำลังลงทะเบียนสำหรับ{day} ซึ่งไม่ใช่วันนี้ (วันนี้ {today})</translation>
    </message>
    <message>
      <source>Choose a seminar in the toolbar to open its desk.</source>
      <translation>เลือกงานสัมมนาที่แถบด้านบนเพื่อเปิดโต๊ะลงทะเบียน</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Desk: {name}</source>
      <translation>โต๊ะ: {name}</translation>
    </message>
    <message>
      <source>End of day…</source>
      <translation>ปิดวัน…</translation>
    </message>
    <message>
      <source>Every other desk's check-ins of this day known here have been received.</source>
      <translation>ได้รับการลงทะเบียนของวันนี้จากโต๊ะอื่นที่ทราบครบแล้ว</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>คาดว่าจะมา</translation>
    </message>
    <message>
      <source>Expected, not here yet ({n})</source>
      <translation>ยังไม่มาลงทะเบียน ({n} คน)</translation>
    </message>
    <message>
      <source>Here</source>
      <translation>มาแล้ว</translation>
    </message>
    <message>
      <source>Letters with QR…</source>
      <translation>หนังสือเชิญพร้อมคิวอาร์…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
      <source>Name of this desk</source>
      <translation>ชื่อโต๊ะลงทะเบียน</translation>
    </message>
    <message>
      <source>Name this desk…</source>
      <translation>ตั้งชื่อโต๊ะนี้…</translation>
    </message>
    <message>
      <source>Name, nickname, phone or organisation — or scan the QR code</source>
      <translation>ชื่อ ชื่อเล่น เบอร์โทร หรือหน่วยงาน — หรือสแกนคิวอาร์โค้ด</translation>
    </message>
    <message>
      <source>No one found. Press F2 to register a walk-in.</source>
      <translation>ไม่พบรายชื่อ กด F2 เพื่อลงทะเบียนหน้างาน</translation>
    </message>
    <message>
      <source>Not here yet…</source>
      <translation>ผู้ที่ยังไม่มา…</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>โทรศัพท์</translation>
    </message>
    <message>
      <source>Possible duplicates from another desk ({n})…</source>
      <translation>อาจซ้ำกับโต๊ะอื่น ({n})…</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Saved {path} ({n} people).</source>
      <translation>บันทึก {path} แล้ว ({n} คน)</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>ช่วง</translation>
    </message>
    <message>
      <source>Sign-in sheet…</source>
      <translation>ใบลงชื่อ…</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>The day's check-ins: cancel a wrong one</source>
      <translation>รายการลงทะเบียนของวัน: ยกเลิกรายการที่ผิด</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>วันนี้</translation>
    </message>
    <message>
      <source>Undo last (Ctrl+Z)</source>
      <translation>ยกเลิกรายการล่าสุด (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Walk-in (F2)</source>
      <translation>ลงทะเบียนหน้างาน (F2)</translation>
    </message>
    <message>
      <source>Walk-ins</source>
      <translation>ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
      <source>Which other desks' check-ins of this day are not here yet</source>
      <translation>โต๊ะอื่นใดที่ยังไม่ได้รับการลงทะเบียนของวันนี้</translation>
    </message>
    <message>
      <source>Whole day</source>
      <translation>ทั้งวัน</translation>
    </message>
    <message>
      <source>{n} found · ↑↓ choose · Enter check in</source>
      <translation>พบ {n} คน · ↑↓ เลือก · Enter ลงทะเบียน</translation>
    </message>
    <message>
      <source>{n} match equally well: choose with ↑↓ and press Enter · Esc back to typing</source>
      <translation>พบ {n} คนที่ตรงเท่ากัน: เลือกด้วย ↑↓ แล้วกด Enter · Esc กลับไปพิมพ์</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>(no badges printed yet)</source>
      <translation>(ยังไม่เคยพิมพ์ป้ายชื่อ)</translation>
    </message>
    <message>
      <source>2 × 4 per A4 sheet (99 × 68 mm)</source>
      <translation>2 × 4 ป้ายต่อแผ่น A4 (99 × 68 มม.)</translation>
    </message>
    <message>
      <source>2 × 5 per A4 sheet (99 × 57 mm)</source>
      <translation>2 × 5 ป้ายต่อแผ่น A4 (99 × 57 มม.)</translation>
    </message>
    <message>
      <source>A PDF per person, into a folder</source>
      <translation>PDF แยกรายคน บันทึกลงโฟลเดอร์</translation>
    </message>
    <message>
      <source>A picture per person for LINE (PNG), into a folder</source>
      <translation>รูปภาพรายคนสำหรับ LINE (PNG) บันทึกลงโฟลเดอร์</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>การเข้าร่วม</translation>
    </message>
    <message>
      <source>Badges for</source>
      <translation>พิมพ์ป้ายชื่อของ</translation>
    </message>
    <message>
      <source>Blank rows only, for walk-ins to sign</source>
      <translation>เฉพาะแถวว่าง สำหรับผู้ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Choose where to save the file.</source>
      <translation>กรุณาเลือกที่บันทึกไฟล์</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>เลือก…</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Document language</source>
      <translation>ภาษาของเอกสาร</translation>
    </message>
    <message>
      <source>Everyone registered</source>
      <translation>ผู้ลงทะเบียนทุกคน</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>รูปแบบ</translation>
    </message>
    <message>
      <source>Group the names by province</source>
      <translation>จัดกลุ่มรายชื่อตามจังหวัด</translation>
    </message>
    <message>
      <source>Invitation letters with QR codes</source>
      <translation>หนังสือเชิญพร้อมคิวอาร์โค้ด</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>รูปแบบ</translation>
    </message>
    <message>
      <source>Letters for</source>
      <translation>หนังสือเชิญของ</translation>
    </message>
    <message>
      <source>One PDF of letters, a page per person</source>
      <translation>PDF ไฟล์เดียว คนละหน้า</translation>
    </message>
    <message>
      <source>One row per person, for each day: here or not, desk and time.</source>
      <translation>หนึ่งแถวต่อหนึ่งคน แยกแต่ละวัน: มาหรือไม่มา โต๊ะ และเวลา</translation>
    </message>
    <message>
      <source>Only one person</source>
      <translation>เฉพาะคนเดียว</translation>
    </message>
    <message>
      <source>Only {name}</source>
      <translation>เฉพาะ {name}</translation>
    </message>
    <message>
      <source>People not here yet</source>
      <translation>รายชื่อผู้ที่ยังไม่มา</translation>
    </message>
    <message>
      <source>Print badges</source>
      <translation>พิมพ์ป้ายชื่อ</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>บันทึกเป็น</translation>
    </message>
    <message>
      <source>Sign-in sheet</source>
      <translation>ใบลงชื่อ</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>เกิดข้อผิดพลาด: {error}</translation>
    </message>
    <message>
      <source>The file could not be written: {reason}</source>
      <translation>บันทึกไฟล์ไม่ได้: {reason}</translation>
    </message>
    <message>
      <source>Walk-ins {since}</source>
      <translation>ผู้ลงทะเบียนหน้างาน {since}</translation>
    </message>
    <message>
      <source>Who was expected that day and has not checked in, by province.</source>
      <translation>ผู้ที่คาดว่าจะมาในวันนั้นแต่ยังไม่ได้ลงทะเบียน แยกตามจังหวัด</translation>
    </message>
    <message>
      <source>Writing {name}…</source>
      <translation>กำลังบันทึก {name}…</translation>
    </message>
    <message>
      <source>since the last print ({when})</source>
      <translation>ตั้งแต่พิมพ์ครั้งล่าสุด ({when})</translation>
    </message>
  </context>
  <context>
    <name>WalkInDialog</name>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Check in the chosen person</source>
      <translation>ลงทะเบียนคนที่เลือก</translation>
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
      <source>Organisation</source>
      <translation>หน่วยงาน/องค์กร</translation>
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
      <source>Register and check in</source>
      <translation>ลงทะเบียน</translation>
    </message>
    <message>
      <source>Save as a new person</source>
      <translation>บันทึกเป็นคนใหม่</translation>
    </message>
    <message>
      <source>This may be someone already known. Choose the person, or save as new:</source>
      <translation>อาจมีชื่อนี้อยู่แล้ว เลือกคนที่ใช่ หรือบันทึกเป็นคนใหม่:</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>คำนำหน้า</translation>
    </message>
    <message>
      <source>Type at least the given name.</source>
      <translation>กรุณาพิมพ์อย่างน้อยชื่อ</translation>
    </message>
    <message>
      <source>Type part of the name…</source>
      <translation>พิมพ์บางส่วนของชื่อ…</translation>
    </message>
    <message>
      <source>Walk-in</source>
      <translation>ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
      <source>registered for this event</source>
      <translation>ลงทะเบียนงานนี้ไว้แล้ว</translation>
    </message>
  </context>
  <context>
    <name>WalkInPairsDialog</name>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>Merge…</source>
      <translation>รวมรายการ…</translation>
    </message>
    <message>
      <source>Possible duplicates from another desk</source>
      <translation>รายชื่อที่อาจซ้ำกับโต๊ะอื่น</translation>
    </message>
    <message>
      <source>These walk-ins were registered at two desks before the desks saw each other's changes. If a pair is one person, merge them: both check-ins are kept and the person counts once.</source>
      <translation>ผู้ลงทะเบียนหน้างานเหล่านี้ถูกบันทึกที่สองโต๊ะก่อนที่โต๊ะจะได้รับการเปลี่ยนแปลงของกันและกัน หากคู่ใดเป็นคนเดียวกัน ให้รวมรายการ การลงทะเบียนทั้งสองครั้งจะเก็บไว้ และนับเป็นหนึ่งคน</translation>
    </message>
    <message>
      <source>at desk {desk}</source>
      <translation>ที่โต๊ะ {desk}</translation>
    </message>
    <message>
      <source>same or very similar name</source>
      <translation>ชื่อเดียวกันหรือใกล้เคียงมาก</translation>
    </message>
    <message>
      <source>same phone number</source>
      <translation>เบอร์โทรศัพท์เดียวกัน</translation>
    </message>
  </context>
  <context>
    <name>organiser</name>
    <message>
      <source>'{path}' is a file; give a folder for one file per person.</source>
      <translation>'{path}' เป็นไฟล์ กรุณาระบุโฟลเดอร์ เพื่อบันทึกไฟล์แยกรายคน</translation>
    </message>
    <message>
      <source>'{ref}' matches {n} people; type more of the id.</source>
      <translation>'{ref}' ตรงกับ {n} คน กรุณาพิมพ์รหัสให้ยาวขึ้น</translation>
    </message>
    <message>
      <source>'{text}' is not a date; write it as YYYY-MM-DD.</source>
      <translation>'{text}' ไม่ใช่วันที่ กรุณาเขียนเป็น ปปปป-ดด-วว</translation>
    </message>
    <message>
      <source>'{title}' is cancelled: nobody can be checked in for it. If it takes place after all, reopen it on the Seminars page first.</source>
      <translation>'{title}' ยกเลิกแล้ว จึงลงทะเบียนหน้างานไม่ได้ หากจะจัดตามเดิม โปรดนำกลับมาที่หน้าการสัมมนาก่อน</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
      <source>--reason goes with --undo CHECK_IN_ID.</source>
      <translation>ใช้ --reason คู่กับ --undo CHECK_IN_ID เท่านั้น</translation>
    </message>
    <message>
      <source>--undo cancels the check-in it names; leave out --day.</source>
      <translation>--undo ยกเลิกรายการลงทะเบียนที่ระบุ ไม่ต้องใส่ --day</translation>
    </message>
    <message>
      <source>A walk-in needs at least a given name.</source>
      <translation>การลงทะเบียนหน้างานต้องมีอย่างน้อยชื่อ</translation>
    </message>
    <message>
      <source>A4 sheets of name badges with QR codes</source>
      <translation>ป้ายชื่อพร้อมคิวอาร์โค้ดบนกระดาษ A4</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>ไม่มา</translation>
    </message>
    <message>
      <source>Already checked in at desk {desk} at {time}.</source>
      <translation>ลงทะเบียนแล้วที่โต๊ะ {desk} เมื่อเวลา {time}</translation>
    </message>
    <message>
      <source>Already checked in at desk {desk} on {day} at {time}.</source>
      <translation>ลงทะเบียนแล้วที่โต๊ะ {desk} วันที่ {day} เวลา {time}</translation>
    </message>
    <message>
      <source>Already checked in on {day} at {time}.</source>
      <translation>ลงทะเบียนวันที่ {day} ไปแล้วเมื่อเวลา {time}</translation>
    </message>
    <message>
      <source>Already checked in today at {time}.</source>
      <translation>ลงทะเบียนวันนี้ไปแล้วเมื่อเวลา {time}</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>การเข้าร่วม</translation>
    </message>
    <message>
      <source>Attendance of {n} people written to {path}</source>
      <translation>บันทึกการเข้าร่วมของ {n} คนไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
      <source>By organisation</source>
      <translation>ตามหน่วยงาน</translation>
    </message>
    <message>
      <source>By province</source>
      <translation>ตามจังหวัด</translation>
    </message>
    <message>
      <source>Came on at least one day</source>
      <translation>มาอย่างน้อยหนึ่งวัน</translation>
    </message>
    <message>
      <source>Check-in cancelled: {name} for {day}.</source>
      <translation>ยกเลิกการลงทะเบียนแล้ว: {name} วันที่ {day}</translation>
    </message>
    <message>
      <source>Checked in: {name} ({where}) for {day}.</source>
      <translation>ลงทะเบียนแล้ว: {name} ({where}) วันที่ {day}</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Dear {name}</source>
      <translation>เรียน {name}</translation>
    </message>
    <message>
      <source>Desk</source>
      <translation>โต๊ะ</translation>
    </message>
    <message>
      <source>Everyone expected is here.</source>
      <translation>ผู้ที่คาดว่าจะมาลงทะเบียนครบแล้ว</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
      <source>Invitation letters</source>
      <translation>หนังสือเชิญ</translation>
    </message>
    <message>
      <source>N blank rows for walk-ins only</source>
      <translation>พิมพ์เฉพาะแถวว่าง N แถว สำหรับผู้ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
      <source>Name badges</source>
      <translation>ป้ายชื่อ</translation>
    </message>
    <message>
      <source>No one is registered for this event yet.</source>
      <translation>ยังไม่มีผู้ลงทะเบียนงานนี้</translation>
    </message>
    <message>
      <source>No person with the id '{ref}' is registered for this event.</source>
      <translation>ไม่มีผู้ลงทะเบียนงานนี้ที่มีรหัสบุคคล '{ref}'</translation>
    </message>
    <message>
      <source>No registration of this event has the code '{code}'.</source>
      <translation>ไม่พบผู้ลงทะเบียนงานนี้ที่มีรหัส '{code}'</translation>
    </message>
    <message>
      <source>No single person registered for this event has the id '{ref}'.</source>
      <translation>ไม่พบผู้ลงทะเบียนงานนี้เพียงคนเดียวที่มีรหัสบุคคล '{ref}'</translation>
    </message>
    <message>
      <source>No such event.</source>
      <translation>ไม่พบการสัมมนานี้</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>ลำดับ</translation>
    </message>
    <message>
      <source>Not here yet: {n} of {expected}</source>
      <translation>ยังไม่มา {n} คน จาก {expected} คน</translation>
    </message>
    <message>
      <source>Note: {warning}</source>
      <translation>หมายเหตุ: {warning}</translation>
    </message>
    <message>
      <source>On arrival, show the QR code below at the registration desk, printed or on your phone.</source>
      <translation>เมื่อมาถึง โปรดแสดงคิวอาร์โค้ดด้านล่างที่โต๊ะลงทะเบียน จะพิมพ์มาหรือเปิดจากโทรศัพท์ก็ได้</translation>
    </message>
    <message>
      <source>Organisation or agency</source>
      <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
      <source>People not here yet</source>
      <translation>รายชื่อผู้ที่ยังไม่มา</translation>
    </message>
    <message>
      <source>Pictures go into a folder: give a folder, not a .pdf file.</source>
      <translation>รูปภาพต้องบันทึกลงโฟลเดอร์ กรุณาระบุโฟลเดอร์ ไม่ใช่ไฟล์ .pdf</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>มา</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Province not given ({n} people)</source>
      <translation>ไม่ระบุจังหวัด ({n} คน)</translation>
    </message>
    <message>
      <source>Province {province} ({n} people)</source>
      <translation>จังหวัด{province} ({n} คน)</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>ลงทะเบียน</translation>
    </message>
    <message>
      <source>Registered as declined or cancelled; checked in anyway.</source>
      <translation>เคยแจ้งว่าไม่มาหรือยกเลิก แต่ลงทะเบียนให้แล้ว</translation>
    </message>
    <message>
      <source>Remark</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Show this QR code at the registration desk</source>
      <translation>แสดงคิวอาร์โค้ดนี้ที่โต๊ะลงทะเบียน</translation>
    </message>
    <message>
      <source>Sign-in sheet (walk-ins)</source>
      <translation>ใบลงชื่อผู้เข้าร่วม (ลงทะเบียนหน้างาน)</translation>
    </message>
    <message>
      <source>Sign-in sheet of participants</source>
      <translation>ใบลงชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
      <source>Sign-in sheet with {n} rows written to {path}</source>
      <translation>บันทึกใบลงชื่อ {n} แถวไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>ลายมือชื่อ</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>Subject: invitation to {title}</source>
      <translation>เรื่อง ขอเชิญเข้าร่วม{title}</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>สรุป</translation>
    </message>
    <message>
      <source>That check-in has already been undone.</source>
      <translation>รายการลงทะเบียนนี้ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
      <source>That check-in is not one of this event.</source>
      <translation>รายการลงทะเบียนนี้ไม่ใช่ของงานนี้</translation>
    </message>
    <message>
      <source>That check-in was not found.</source>
      <translation>ไม่พบรายการลงทะเบียนนี้</translation>
    </message>
    <message>
      <source>That day is not a day of this event.</source>
      <translation>วันนั้นไม่ใช่วันของงานนี้</translation>
    </message>
    <message>
      <source>That person no longer exists.</source>
      <translation>ไม่มีบุคคลนี้ในระบบแล้ว</translation>
    </message>
    <message>
      <source>The event no longer exists.</source>
      <translation>ไม่มีงานนี้ในระบบแล้ว</translation>
    </message>
    <message>
      <source>The number of blank rows must be between 0 and 2000.</source>
      <translation>จำนวนแถวว่างต้องอยู่ระหว่าง 0 ถึง 2000</translation>
    </message>
    <message>
      <source>The phone number '{phone}' is too short.</source>
      <translation>เบอร์โทรศัพท์ '{phone}' สั้นเกินไป</translation>
    </message>
    <message>
      <source>The reason is too long; keep it under 300 characters.</source>
      <translation>เหตุผลยาวเกินไป ให้สั้นกว่า 300 ตัวอักษร</translation>
    </message>
    <message>
      <source>There are no walk-ins since the last badge print.</source>
      <translation>ไม่มีผู้ลงทะเบียนหน้างานใหม่ตั้งแต่พิมพ์ป้ายชื่อครั้งล่าสุด</translation>
    </message>
    <message>
      <source>This registration no longer exists.</source>
      <translation>ไม่มีการลงทะเบียนนี้ในระบบแล้ว</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>เวลา</translation>
    </message>
    <message>
      <source>Today is not a day of this event; give the day with --day YYYY-MM-DD.</source>
      <translation>วันนี้ไม่ใช่วันของงานนี้ กรุณาระบุวันด้วย --day ปปปป-ดด-วว</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>รวม</translation>
    </message>
    <message>
      <source>Total {n} people</source>
      <translation>รวมทั้งสิ้น {n} คน</translation>
    </message>
    <message>
      <source>You are invited to take part in {title}, {when}, at {venue}.</source>
      <translation>ขอเรียนเชิญท่านเข้าร่วม{title} {when} ณ {venue}</translation>
    </message>
    <message>
      <source>You are invited to take part in {title}, {when}.</source>
      <translation>ขอเรียนเชิญท่านเข้าร่วม{title} {when}</translation>
    </message>
    <message>
      <source>Yours sincerely</source>
      <translation>ขอแสดงความนับถือ</translation>
    </message>
    <message>
      <source>as of {time}</source>
      <translation>ณ เวลา {time}</translation>
    </message>
    <message>
      <source>at {venue}</source>
      <translation>ณ {venue}</translation>
    </message>
    <message>
      <source>attendance per person and day (xlsx)</source>
      <translation>การเข้าร่วมรายบุคคลรายวัน (xlsx)</translation>
    </message>
    <message>
      <source>cancel this check-in (the id that checkin --json prints); nothing is deleted</source>
      <translation>ยกเลิกรายการลงทะเบียนนี้ (รหัสที่ checkin --json แสดง) โดยไม่ลบข้อมูลใด</translation>
    </message>
    <message>
      <source>check a person in at the venue desk</source>
      <translation>ลงทะเบียนผู้เข้าร่วมที่โต๊ะลงทะเบียน</translation>
    </message>
    <message>
      <source>group the names by province</source>
      <translation>จัดกลุ่มรายชื่อตามจังหวัด</translation>
    </message>
    <message>
      <source>invitation letters with each person's QR code: FILE.pdf for one PDF of letters, a folder for a PDF (or with --png a picture for LINE) per person</source>
      <translation>หนังสือเชิญพร้อมคิวอาร์โค้ดของแต่ละคน: FILE.pdf รวมทุกคนในไฟล์เดียว หรือระบุโฟลเดอร์เพื่อแยก PDF รายคน (หรือรูปภาพสำหรับ LINE เมื่อใส่ --png)</translation>
    </message>
    <message>
      <source>one 1040 px wide PNG per person, for LINE</source>
      <translation>รูป PNG กว้าง 1040 พิกเซล รายคน สำหรับส่งทาง LINE</translation>
    </message>
    <message>
      <source>only this person's badge</source>
      <translation>เฉพาะป้ายชื่อของบุคคลนี้</translation>
    </message>
    <message>
      <source>only this person's letter</source>
      <translation>เฉพาะหนังสือเชิญของคนนี้</translation>
    </message>
    <message>
      <source>only walk-ins since the last badge print</source>
      <translation>เฉพาะผู้ลงทะเบียนหน้างานตั้งแต่พิมพ์ป้ายชื่อครั้งล่าสุด</translation>
    </message>
    <message>
      <source>same phone number</source>
      <translation>เบอร์โทรศัพท์เดียวกัน</translation>
    </message>
    <message>
      <source>the day of the event (default: today)</source>
      <translation>วันของงาน (ค่าเริ่มต้น: วันนี้)</translation>
    </message>
    <message>
      <source>the desk's name (default: settings)</source>
      <translation>ชื่อโต๊ะลงทะเบียน (ค่าเริ่มต้น: ตามการตั้งค่า)</translation>
    </message>
    <message>
      <source>the event's code or id</source>
      <translation>รหัสหรือเลขประจำของงาน</translation>
    </message>
    <message>
      <source>the person's id (or its start)</source>
      <translation>รหัสบุคคล (หรือส่วนต้นของรหัส)</translation>
    </message>
    <message>
      <source>the registration code (on the QR code)</source>
      <translation>รหัสลงทะเบียน (ในคิวอาร์โค้ด)</translation>
    </message>
    <message>
      <source>the sign-in sheet of one day (PDF)</source>
      <translation>ใบลงชื่อของวันหนึ่ง (PDF)</translation>
    </message>
    <message>
      <source>very similar name in the same organisation</source>
      <translation>ชื่อคล้ายกันมากในหน่วยงานเดียวกัน</translation>
    </message>
    <message>
      <source>who has not come yet on one day, by province (PDF)</source>
      <translation>รายชื่อผู้ที่ยังไม่มาในวันหนึ่ง แยกตามจังหวัด (PDF)</translation>
    </message>
    <message>
      <source>with --undo: why it is cancelled</source>
      <translation>ใช้กับ --undo: เหตุผลที่ยกเลิก</translation>
    </message>
    <message>
      <source>{day} is not a day of this event ({first} to {last}).</source>
      <translation>{day} ไม่ใช่วันของงานนี้ (งานจัด {first} ถึง {last})</translation>
    </message>
    <message>
      <source>{n} badges written to {path}</source>
      <translation>บันทึกป้ายชื่อ {n} ป้ายไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
      <source>{n} letters written to {path}</source>
      <translation>บันทึกหนังสือเชิญ {n} ฉบับไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
      <source>{n} people not here yet, written to {path}</source>
      <translation>ยังไม่มา {n} คน บันทึกรายชื่อไว้ที่ {path} แล้ว</translation>
    </message>
  </context>
</TS>
