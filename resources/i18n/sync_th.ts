<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>AddDeskDialog</name>
    <message>
      <source>Add a desk</source>
      <translation>เพิ่มโต๊ะ</translation>
    </message>
    <message>
      <source>Close pairing</source>
      <translation>ปิดการจับคู่</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>รหัส:</translation>
    </message>
    <message>
      <source>Joined: {desks}. They are receiving the seminar now.</source>
      <translation>เข้าร่วมแล้ว: {desks} กำลังรับข้อมูลงานสัมมนา</translation>
    </message>
    <message>
      <source>On the other laptop choose Join a desk, then type this code. The code works for any number of desks while this window is open.</source>
      <translation>ที่เครื่องอื่นให้เลือก "เข้าร่วมโต๊ะ" แล้วพิมพ์รหัสนี้ ใช้รหัสเดียวได้หลายโต๊ะตราบที่หน้าต่างนี้ยังเปิดอยู่</translation>
    </message>
    <message>
      <source>Pairing closed after {n} wrong codes: nobody can guess on. Close this window and choose Add a desk again.</source>
      <translation>ปิดการจับคู่แล้ว เพราะใส่รหัสผิด {n} ครั้ง ไม่มีใครเดารหัสต่อได้ ปิดหน้าต่างนี้แล้วเลือก "เพิ่มโต๊ะ" ใหม่</translation>
    </message>
    <message>
      <source>The code has expired. Close this window and choose Add a desk again.</source>
      <translation>รหัสหมดอายุแล้ว ปิดหน้าต่างนี้แล้วเลือก "เพิ่มโต๊ะ" ใหม่</translation>
    </message>
    <message>
      <source>The code works for {m}:{s:02d} more.</source>
      <translation>รหัสใช้ได้อีก {m}:{s:02d} นาที</translation>
    </message>
    <message>
      <source>This desk's address:</source>
      <translation>ที่อยู่ของโต๊ะนี้:</translation>
    </message>
    <message>
      <source>Wrong codes so far: {n} of {most}.</source>
      <translation>ใส่รหัสผิดแล้ว {n} จาก {most} ครั้ง</translation>
    </message>
  </context>
  <context>
    <name>DesksBox</name>
    <message>
      <source>Desks at the venue</source>
      <translation>โต๊ะลงทะเบียนในงาน</translation>
    </message>
    <message>
      <source>Every other desk's check-ins of today known here have been received.</source>
      <translation>ได้รับการลงทะเบียนของวันนี้จากโต๊ะอื่นที่ทราบครบแล้ว</translation>
    </message>
    <message>
      <source>Name of this desk</source>
      <translation>ชื่อโต๊ะลงทะเบียน</translation>
    </message>
    <message>
      <source>Not received since their last check-in known here:</source>
      <translation>ยังไม่ได้รับการเปลี่ยนแปลงนับจากการลงทะเบียนล่าสุดที่ทราบ:</translation>
    </message>
    <message>
      <source>Receive changes…</source>
      <translation>รับการเปลี่ยนแปลง…</translation>
    </message>
    <message>
      <source>Rename this desk…</source>
      <translation>เปลี่ยนชื่อโต๊ะนี้…</translation>
    </message>
    <message>
      <source>The name the other desks see in their warnings, stored with every check-in:</source>
      <translation>ชื่อที่โต๊ะอื่นจะเห็นในคำเตือน และบันทึกไว้กับทุกการลงทะเบียน:</translation>
    </message>
    <message>
      <source>This desk: {name}</source>
      <translation>โต๊ะนี้: {name}</translation>
    </message>
    <message>
      <source>This desk: {name} (the computer's name)</source>
      <translation>โต๊ะนี้: {name} (ชื่อเครื่อง)</translation>
    </message>
  </context>
  <context>
    <name>EndOfDay</name>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Changes not received from other desks</source>
      <translation>ยังไม่ได้รับการเปลี่ยนแปลงจากโต๊ะอื่น</translation>
    </message>
    <message>
      <source>Desk {name}: {n} check-ins here, the last at {time}; {received}</source>
      <translation>โต๊ะ {name}: มีการลงทะเบียนที่นี่ {n} ครั้ง ล่าสุดเวลา {time} · {received}</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>ไว้ภายหลัง</translation>
    </message>
    <message>
      <source>Quit anyway</source>
      <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
      <source>Receive changes…</source>
      <translation>รับการเปลี่ยนแปลง…</translation>
    </message>
    <message>
      <source>This laptop may not have every check-in of today. It has not received these desks' changes since their last check-in it knows of:

{desks}

Receive their changes (a change file from each desk, or a live exchange) so that the day's counts and the sign-in sheet are complete.</source>
      <translation>เครื่องนี้อาจยังไม่มีการลงทะเบียนของวันนี้ครบ ยังไม่ได้รับการเปลี่ยนแปลงของโต๊ะต่อไปนี้นับจากการลงทะเบียนล่าสุดที่ทราบ:

{desks}

โปรดรับการเปลี่ยนแปลงของโต๊ะเหล่านี้ (ไฟล์การเปลี่ยนแปลงจากแต่ละโต๊ะ หรือแลกเปลี่ยนผ่านเครือข่าย) เพื่อให้ยอดของวันและใบลงชื่อครบถ้วน</translation>
    </message>
    <message>
      <source>last received {when}</source>
      <translation>รับครั้งล่าสุด {when}</translation>
    </message>
    <message>
      <source>nothing received from it directly</source>
      <translation>ยังไม่เคยรับจากโต๊ะนี้โดยตรง</translation>
    </message>
  </context>
  <context>
    <name>HubDialog</name>
    <message>
      <source>(kept; type to change)</source>
      <translation>(เก็บไว้แล้ว พิมพ์ใหม่เพื่อเปลี่ยน)</translation>
    </message>
    <message>
      <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
      <translation>ใบรับรอง (*.crt *.pem *.cer);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>เลือก…</translation>
    </message>
    <message>
      <source>Hub address:</source>
      <translation>ที่อยู่ศูนย์กลาง:</translation>
    </message>
    <message>
      <source>Hub's CA certificate:</source>
      <translation>ใบรับรอง CA ของศูนย์กลาง:</translation>
    </message>
    <message>
      <source>Office role:</source>
      <translation>บทบาทของสำนักงาน:</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>รหัสผ่าน:</translation>
    </message>
    <message>
      <source>Regional hub</source>
      <translation>ศูนย์กลางระดับภาค</translation>
    </message>
    <message>
      <source>Remove the hub</source>
      <translation>เลิกใช้ศูนย์กลาง</translation>
    </message>
    <message>
      <source>Remove the hub…</source>
      <translation>เลิกใช้ศูนย์กลาง…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Stop exchanging through this hub? Its address and password are forgotten on this laptop; everything here stays, and so does what the hub holds.</source>
      <translation>เลิกแลกเปลี่ยนผ่านศูนย์กลางนี้หรือไม่ เครื่องนี้จะลบที่อยู่และรหัสผ่านของศูนย์กลาง ข้อมูลในเครื่องนี้และที่ศูนย์กลางเก็บไว้ยังอยู่ครบ</translation>
    </message>
    <message>
      <source>Test the connection</source>
      <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
      <source>The hub keeps sealed changes for every office of the network: it cannot read them. Fill in what the hub's administrator gave your office.</source>
      <translation>ศูนย์กลางเก็บการเปลี่ยนแปลงที่ปิดผนึกไว้ให้ทุกสำนักงานในเครือข่าย โดยศูนย์กลางอ่านเนื้อหาไม่ได้ กรอกข้อมูลตามที่ผู้ดูแลศูนย์กลางให้สำนักงานของท่าน</translation>
    </message>
    <message>
      <source>The hub's CA certificate</source>
      <translation>ใบรับรอง CA ของศูนย์กลาง</translation>
    </message>
    <message>
      <source>Trying the hub…</source>
      <translation>กำลังติดต่อศูนย์กลาง…</translation>
    </message>
    <message>
      <source>e.g. songkhla</source>
      <translation>เช่น songkhla</translation>
    </message>
  </context>
  <context>
    <name>HubSection</name>
    <message>
      <source>Changes waiting to go up: {n}</source>
      <translation>การเปลี่ยนแปลงที่รอส่งขึ้นศูนย์กลาง: {n}</translation>
    </message>
    <message>
      <source>Connected to the hub as {office}.</source>
      <translation>เชื่อมต่อกับศูนย์กลางแล้ว ในนาม {office}</translation>
    </message>
    <message>
      <source>Exchange now</source>
      <translation>แลกเปลี่ยนเดี๋ยวนี้</translation>
    </message>
    <message>
      <source>Exchanging with the hub…</source>
      <translation>กำลังแลกเปลี่ยนกับศูนย์กลาง…</translation>
    </message>
    <message>
      <source>Hub settings…</source>
      <translation>ตั้งค่าศูนย์กลาง…</translation>
    </message>
    <message>
      <source>Last exchange: {when}</source>
      <translation>แลกเปลี่ยนครั้งล่าสุด: {when}</translation>
    </message>
    <message>
      <source>No hub is set: changes travel by change file or between desks only.</source>
      <translation>ยังไม่ได้ตั้งศูนย์กลาง การเปลี่ยนแปลงส่งต่อกันได้ทางไฟล์การเปลี่ยนแปลงหรือระหว่างโต๊ะลงทะเบียนเท่านั้น</translation>
    </message>
    <message>
      <source>Not exchanged with the hub yet.</source>
      <translation>ยังไม่เคยแลกเปลี่ยนกับศูนย์กลาง</translation>
    </message>
    <message>
      <source>Not reachable since {when}: changes wait here and go up when it can be reached.</source>
      <translation>ติดต่อศูนย์กลางไม่ได้ตั้งแต่ {when} การเปลี่ยนแปลงรออยู่ในเครื่องนี้ และจะส่งขึ้นเมื่อติดต่อได้</translation>
    </message>
    <message>
      <source>Regional hub</source>
      <translation>ศูนย์กลางระดับภาค</translation>
    </message>
    <message>
      <source>Set a hub…</source>
      <translation>ตั้งศูนย์กลาง…</translation>
    </message>
  </context>
  <context>
    <name>JoinDeskDialog</name>
    <message>
      <source>A pairing code has six digits.</source>
      <translation>รหัสจับคู่มีหกหลัก</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>รหัส:</translation>
    </message>
    <message>
      <source>Desk's address:</source>
      <translation>ที่อยู่ของโต๊ะ:</translation>
    </message>
    <message>
      <source>Desks with pairing open on this network:</source>
      <translation>โต๊ะที่เปิดรับการจับคู่ในเครือข่ายนี้:</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>เข้าร่วม</translation>
    </message>
    <message>
      <source>Join a desk</source>
      <translation>เข้าร่วมโต๊ะ</translation>
    </message>
    <message>
      <source>Look again</source>
      <translation>ค้นหาอีกครั้ง</translation>
    </message>
    <message>
      <source>Looking for desks…</source>
      <translation>กำลังค้นหาโต๊ะ…</translation>
    </message>
    <message>
      <source>No desk with pairing open was found on this network: type the address the other desk shows.</source>
      <translation>ไม่พบโต๊ะที่เปิดรับการจับคู่ในเครือข่ายนี้ พิมพ์ที่อยู่ที่แสดงบนโต๊ะนั้นแทน</translation>
    </message>
    <message>
      <source>On the desk that holds the seminar choose Add a desk. Choose it in the list (or type the address it shows), then type its code.</source>
      <translation>ที่โต๊ะที่มีข้อมูลงานสัมมนา ให้เลือก "เพิ่มโต๊ะ" แล้วเลือกโต๊ะนั้นในรายการ (หรือพิมพ์ที่อยู่ที่แสดง) จากนั้นพิมพ์รหัส</translation>
    </message>
    <message>
      <source>Paired with {name}. Receiving the seminar; wait before checking anyone in…</source>
      <translation>จับคู่กับ {name} แล้ว กำลังรับข้อมูลงานสัมมนา รอก่อนเริ่มลงทะเบียน…</translation>
    </message>
    <message>
      <source>Paired with {name}; received {n} changes. This desk now serves the others.</source>
      <translation>จับคู่กับ {name} แล้ว ได้รับ {n} รายการ โต๊ะนี้แลกเปลี่ยนข้อมูลกับโต๊ะอื่นแล้ว</translation>
    </message>
    <message>
      <source>Pairing with the desk at {address}…</source>
      <translation>กำลังจับคู่กับโต๊ะที่ {address}…</translation>
    </message>
    <message>
      <source>Type the address the other desk shows (HOST:PORT).</source>
      <translation>พิมพ์ที่อยู่ที่แสดงบนโต๊ะนั้น (HOST:PORT)</translation>
    </message>
    <message>
      <source>for example 192.168.1.20:47474</source>
      <translation>เช่น 192.168.1.20:47474</translation>
    </message>
  </context>
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
      <source>Core team</source>
      <translation>ทีมแกนนำ</translation>
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
      <source>Goals</source>
      <translation>เป้าหมาย</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
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
      <source>Name in English</source>
      <translation>ชื่อภาษาอังกฤษ</translation>
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
      <source>Owner</source>
      <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
      <source>Period ends</source>
      <translation>สิ้นสุดช่วงเวลา</translation>
    </message>
    <message>
      <source>Period starts</source>
      <translation>เริ่มช่วงเวลา</translation>
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
      <source>Progress</source>
      <translation>ความคืบหน้า</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>วัตถุประสงค์</translation>
    </message>
    <message>
      <source>Reference no.</source>
      <translation>เลขที่อ้างอิง</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>ภาค</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>การลงทะเบียน</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Seminar</source>
      <translation>งานสัมมนา</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>ชื่อย่อ</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>วันเริ่ม</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>Sub-district</source>
      <translation>ตำบล</translation>
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
      <source>Village no.</source>
      <translation>หมู่ที่</translation>
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
      <source>Key cards (*.card *.json);;All files (*)</source>
      <translation>บัตรกุญแจ (*.card *.json);;ทุกไฟล์ (*)</translation>
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
      <source>Desks at the venue…</source>
      <translation>โต๊ะลงทะเบียนในงาน…</translation>
    </message>
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
      <source>Accept held-back changes</source>
      <translation>รับการเปลี่ยนแปลงที่พักไว้</translation>
    </message>
    <message>
      <source>Accept held-back changes…</source>
      <translation>รับการเปลี่ยนแปลงที่พักไว้…</translation>
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
      <source>Desks at the venue</source>
      <translation>โต๊ะลงทะเบียนในงาน</translation>
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
      <source>Held back, dated more than a day ahead of this laptop's clock: {n} changes from {copies}</source>
      <translation>พักไว้ เพราะลงเวลาล่วงหน้านาฬิกาของเครื่องนี้เกินหนึ่งวัน: {n} รายการ จาก {copies}</translation>
    </message>
    <message>
      <source>In English: {words}</source>
      <translation>ภาษาอังกฤษ: {words}</translation>
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
      <translation>เลือกค่าที่ถูกต้อง…</translation>
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
      <source>These changes are dated more than a day ahead of this laptop's clock:
{lines}

Usually the other laptop's date was wrong (a Buddhist-era year typed as a Christian-era one). First check that this laptop's own date is right. Accepting applies them as they are; this laptop's clock is not moved. A backup is made first.</source>
      <translation>การเปลี่ยนแปลงเหล่านี้ลงเวลาล่วงหน้านาฬิกาของเครื่องนี้เกินหนึ่งวัน:
{lines}

ส่วนใหญ่เป็นเพราะวันที่ของเครื่องที่ส่งมาตั้งผิด (พิมพ์ปี พ.ศ. ลงในช่อง ค.ศ.) โปรดตรวจวันที่ของเครื่องนี้ก่อนว่าถูกต้อง การรับจะนำการเปลี่ยนแปลงเข้ามาตามที่เป็น โดยไม่เลื่อนนาฬิกาของเครื่องนี้ และจะสำรองข้อมูลไว้ก่อน</translation>
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
      <source>Took in {n} changes that were held back.</source>
      <translation>รับการเปลี่ยนแปลงที่พักไว้เข้ามาแล้ว {n} รายการ</translation>
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
    <message>
      <source>• {copy}: {n} changes, dated {days} days ahead</source>
      <translation>• {copy}: {n} รายการ ลงเวลาล่วงหน้า {days} วัน</translation>
    </message>
  </context>
  <context>
    <name>TrustDialog</name>
    <message>
      <source>Fingerprint:</source>
      <translation>ลายนิ้วมือกุญแจ:</translation>
    </message>
    <message>
      <source>In English:</source>
      <translation>ภาษาอังกฤษ:</translation>
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
  <context>
    <name>VenueDesks</name>
    <message>
      <source>Address</source>
      <translation>ที่อยู่</translation>
    </message>
    <message>
      <source>Changes it lacks</source>
      <translation>รายการที่ยังไม่ได้รับ</translation>
    </message>
    <message>
      <source>Desk</source>
      <translation>โต๊ะ</translation>
    </message>
    <message>
      <source>No desk answers at {address}.</source>
      <translation>ไม่มีโต๊ะตอบที่ {address}</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>การติดต่อ</translation>
    </message>
    <message>
      <source>not seen since {time}</source>
      <translation>ติดต่อไม่ได้ตั้งแต่ {time}</translation>
    </message>
    <message>
      <source>not seen yet</source>
      <translation>ยังไม่เคยติดต่อ</translation>
    </message>
    <message>
      <source>seen at {time}</source>
      <translation>ติดต่อล่าสุด {time}</translation>
    </message>
  </context>
  <context>
    <name>VenuePanel</name>
    <message>
      <source>Add a desk…</source>
      <translation>เพิ่มโต๊ะ…</translation>
    </message>
    <message>
      <source>Join a desk…</source>
      <translation>เข้าร่วมโต๊ะ…</translation>
    </message>
    <message>
      <source>Leave and forget</source>
      <translation>ออกและลบข้อมูล</translation>
    </message>
    <message>
      <source>Leave and forget deletes this laptop's copy of the office's data: every person, check-in and backup on it, and its key.

First its last changes are sent to another desk; nothing is deleted until that desk confirms it holds them all. Then Organiser closes.

Do this on a laptop lent for the day, at the end of the seminar. Ask the office to revoke this laptop afterwards.</source>
      <translation>"ออกและลบข้อมูล" จะลบข้อมูลของสำนักงานทั้งหมดในเครื่องนี้ ทั้งรายชื่อบุคคล การลงทะเบียน ไฟล์สำรอง และกุญแจของเครื่อง

ก่อนลบ จะส่งข้อมูลล่าสุดไปยังโต๊ะอื่น และจะไม่ลบอะไรจนกว่าโต๊ะนั้นยืนยันว่าได้รับครบแล้ว จากนั้นโปรแกรมจะปิด

ใช้กับเครื่องที่ยืมมาใช้ในวันงาน เมื่องานสัมมนาจบ แล้วแจ้งสำนักงานให้เพิกถอนเครื่องนี้</translation>
    </message>
    <message>
      <source>Leave and forget…</source>
      <translation>ออกและลบข้อมูล…</translation>
    </message>
    <message>
      <source>No other desk is known yet: add or join a desk.</source>
      <translation>ยังไม่รู้จักโต๊ะอื่น เพิ่มโต๊ะหรือเข้าร่วมโต๊ะก่อน</translation>
    </message>
    <message>
      <source>Sending this desk's last changes…</source>
      <translation>กำลังส่งข้อมูลล่าสุดของโต๊ะนี้…</translation>
    </message>
    <message>
      <source>Serve the desks</source>
      <translation>แลกเปลี่ยนกับโต๊ะอื่น</translation>
    </message>
    <message>
      <source>This desk cannot listen on the network: {why}</source>
      <translation>โต๊ะนี้เปิดรับการเชื่อมต่อในเครือข่ายไม่ได้: {why}</translation>
    </message>
    <message>
      <source>This desk does not listen on the network. Turn it on at the venue with Add a desk, Join a desk or Serve the desks.</source>
      <translation>โต๊ะนี้ไม่ได้เปิดรับการเชื่อมต่อในเครือข่าย เปิดได้ที่สถานที่จัดงานด้วย "เพิ่มโต๊ะ" "เข้าร่วมโต๊ะ" หรือ "แลกเปลี่ยนกับโต๊ะอื่น"</translation>
    </message>
    <message>
      <source>This desk serves the other desks at {address}.</source>
      <translation>โต๊ะนี้แลกเปลี่ยนข้อมูลกับโต๊ะอื่นที่ {address}</translation>
    </message>
    <message>
      <source>{name} holds this desk's changes; this copy's data and key were deleted. Organiser closes now.</source>
      <translation>{name} ได้รับข้อมูลของโต๊ะนี้ครบแล้ว ข้อมูลและกุญแจในเครื่องนี้ถูกลบแล้ว โปรแกรมจะปิดเดี๋ยวนี้</translation>
    </message>
  </context>
  <context>
    <name>organiser</name>
    <message>
      <source>(empty)</source>
      <translation>(ว่าง)</translation>
    </message>
    <message>
      <source>(not deleted)</source>
      <translation>(ไม่ได้ลบ)</translation>
    </message>
    <message>
      <source>(not set)</source>
      <translation>(ยังไม่ได้ตั้ง)</translation>
    </message>
    <message>
      <source>A pairing code has six digits.</source>
      <translation>รหัสจับคู่มีหกหลัก</translation>
    </message>
    <message>
      <source>A role named {name} exists already and is not an office: choose another name.</source>
      <translation>มีบทบาทชื่อ {name} อยู่แล้วและไม่ใช่บทบาทของสำนักงาน กรุณาเลือกชื่ออื่น</translation>
    </message>
    <message>
      <source>Accept them with: organiser sync accept COPY (or --all)</source>
      <translation>รับเข้ามาด้วยคำสั่ง: organiser sync accept COPY (หรือ --all)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>ที่อยู่</translation>
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
      <source>Changes</source>
      <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>Changes from another copy were refused: signed by a copy not trusted here, or altered on the way. Nothing was taken in.</source>
      <translation>ไม่รับการเปลี่ยนแปลงจากเครื่องอื่น: ลงนามโดยเครื่องที่ไม่ได้เชื่อถือ หรือถูกแก้ไขระหว่างทาง จึงไม่ได้รับข้อมูลใดเข้ามา</translation>
    </message>
    <message>
      <source>Changes it lacks</source>
      <translation>การเปลี่ยนแปลงที่ยังไม่ได้รับ</translation>
    </message>
    <message>
      <source>Changes waiting to go up: {n}</source>
      <translation>การเปลี่ยนแปลงที่รอส่งขึ้นศูนย์กลาง: {n}</translation>
    </message>
    <message>
      <source>Choose one of the values shown: this field cannot be typed.</source>
      <translation>โปรดเลือกค่าใดค่าหนึ่งที่แสดงไว้ ช่องนี้พิมพ์ค่าเองไม่ได้</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
      <source>Connected: {yes}</source>
      <translation>เชื่อมต่อได้: {yes}</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>เครื่อง</translation>
    </message>
    <message>
      <source>Copy or office</source>
      <translation>เครื่องหรือสำนักงาน</translation>
    </message>
    <message>
      <source>Days ahead</source>
      <translation>ล่วงหน้า (วัน)</translation>
    </message>
    <message>
      <source>Desk</source>
      <translation>โต๊ะ</translation>
    </message>
    <message>
      <source>Dropped {n} sealed files that every copy holds ({kb} KB).</source>
      <translation>ลบแฟ้มที่ผนึกแล้ว {n} แฟ้มซึ่งทุกชุดข้อมูลมีแล้ว ({kb} KB)</translation>
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
      <source>Give the hub's CA certificate too (--ca FILE): without it the hub's identity cannot be checked.</source>
      <translation>กรุณาระบุใบรับรอง CA ของศูนย์กลางด้วย (--ca FILE) หากไม่มีจะตรวจสอบตัวตนของศูนย์กลางไม่ได้</translation>
    </message>
    <message>
      <source>Hub: {url}</source>
      <translation>ศูนย์กลาง: {url}</translation>
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
      <source>Last contact</source>
      <translation>ติดต่อล่าสุด</translation>
    </message>
    <message>
      <source>Last exchange: {when}</source>
      <translation>แลกเปลี่ยนครั้งล่าสุด: {when}</translation>
    </message>
    <message>
      <source>Last received</source>
      <translation>รับล่าสุด</translation>
    </message>
    <message>
      <source>Made by</source>
      <translation>ทำโดย</translation>
    </message>
    <message>
      <source>No</source>
      <translation>ไม่ใช่</translation>
    </message>
    <message>
      <source>No CA certificate is set for the hub: give the file the hub's administrator sent (--ca FILE).</source>
      <translation>ยังไม่ได้กำหนดใบรับรอง CA ของศูนย์กลาง กรุณาระบุแฟ้มที่ผู้ดูแลศูนย์กลางส่งมา (--ca FILE)</translation>
    </message>
    <message>
      <source>No changes are held back.</source>
      <translation>ไม่มีการเปลี่ยนแปลงที่พักไว้</translation>
    </message>
    <message>
      <source>No changes from {copy} are held back.</source>
      <translation>ไม่มีการเปลี่ยนแปลงจาก {copy} ที่พักไว้</translation>
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
      <source>No desk answers at {address}.</source>
      <translation>ไม่มีโต๊ะลงทะเบียนตอบที่ {address}</translation>
    </message>
    <message>
      <source>No desk with pairing open was found on this network: give its address with --host HOST:PORT (the other desk shows it).</source>
      <translation>ไม่พบโต๊ะลงทะเบียนที่เปิดรับการจับคู่ในเครือข่ายนี้ ให้ระบุที่อยู่ด้วย --host HOST:PORT (ดูได้ที่โต๊ะนั้น)</translation>
    </message>
    <message>
      <source>No hub is set for this copy.</source>
      <translation>ชุดข้อมูลนี้ยังไม่ได้กำหนดศูนย์กลาง</translation>
    </message>
    <message>
      <source>No hub is set for this copy: organiser sync hub set URL --ca FILE, with the address the hub's administrator gave.</source>
      <translation>ชุดข้อมูลนี้ยังไม่ได้กำหนดศูนย์กลาง: ใช้คำสั่ง organiser sync hub set URL --ca FILE พร้อมที่อยู่ที่ผู้ดูแลศูนย์กลางให้มา</translation>
    </message>
    <message>
      <source>No other desk confirmed that it holds this desk's changes: nothing was deleted. Connect to another desk and try again.</source>
      <translation>ยังไม่มีโต๊ะอื่นยืนยันว่าได้รับการเปลี่ยนแปลงของโต๊ะนี้ครบแล้ว จึงยังไม่ลบข้อมูลใด ให้เชื่อมต่อกับโต๊ะอื่นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
      <source>No other desk is known yet: pair with one first (organiser sync pair).</source>
      <translation>ยังไม่รู้จักโต๊ะอื่น ให้จับคู่ก่อน (organiser sync pair)</translation>
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
      <source>Paired with {name} ({fpr}); received {n} changes.</source>
      <translation>จับคู่กับ {name} ({fpr}) แล้ว ได้รับการเปลี่ยนแปลง {n} รายการ</translation>
    </message>
    <message>
      <source>Pairing code (ten minutes): {code}</source>
      <translation>รหัสจับคู่ (ใช้ได้สิบนาที): {code}</translation>
    </message>
    <message>
      <source>Pairing is not open on the desk at {address}: choose Add a desk there first.</source>
      <translation>โต๊ะที่ {address} ยังไม่เปิดรับการจับคู่ ให้เลือก เพิ่มโต๊ะ ที่โต๊ะนั้นก่อน</translation>
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
      <source>Sealed a snapshot for the copies that joined later: {names}.</source>
      <translation>ผนึกข้อมูลทั้งชุดให้ชุดข้อมูลที่เข้าร่วมภายหลังแล้ว: {names}</translation>
    </message>
    <message>
      <source>Sent {up} changes in {files} sealed files; took in {down} files with {new} new changes ({people} people, {check_ins} check-ins, {conflicts} new conflicts).</source>
      <translation>ส่งการเปลี่ยนแปลง {up} รายการใน {files} แฟ้มที่ผนึกแล้ว รับเข้า {down} แฟ้ม มีการเปลี่ยนแปลงใหม่ {new} รายการ (บุคคล {people} คน ลงทะเบียนเข้างาน {check_ins} ครั้ง ข้อขัดแย้งใหม่ {conflicts} รายการ)</translation>
    </message>
    <message>
      <source>Settled the conflict {id}.</source>
      <translation>ตัดสินข้อขัดแย้ง {id} แล้ว</translation>
    </message>
    <message>
      <source>Several desks have pairing open ({addresses}): choose one with --host.</source>
      <translation>มีหลายโต๊ะเปิดรับการจับคู่ ({addresses}) ให้เลือกหนึ่งโต๊ะด้วย --host</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>ที่แสดงอยู่</translation>
    </message>
    <message>
      <source>Some changes were made by a newer version of Organiser: they are kept, and applied once this laptop's Organiser is updated.</source>
      <translation>การเปลี่ยนแปลงบางส่วนมาจาก Organiser รุ่นที่ใหม่กว่า: เก็บไว้แล้ว และจะนำเข้าเมื่อปรับรุ่น Organiser ของเครื่องนี้</translation>
    </message>
    <message>
      <source>Taking in changes from the hub</source>
      <translation>กำลังรับการเปลี่ยนแปลงจากศูนย์กลาง</translation>
    </message>
    <message>
      <source>The code is wrong, or pairing has closed on the other desk.</source>
      <translation>รหัสไม่ถูกต้อง หรือโต๊ะนั้นปิดรับการจับคู่แล้ว</translation>
    </message>
    <message>
      <source>The conflict {id} has no value {value}.</source>
      <translation>ข้อขัดแย้ง {id} ไม่มีค่า {value}</translation>
    </message>
    <message>
      <source>The desk at {address} could not pair.</source>
      <translation>โต๊ะที่ {address} จับคู่ไม่สำเร็จ</translation>
    </message>
    <message>
      <source>The desk at {address} is not trusted here: pair with it first.</source>
      <translation>เครื่องนี้ยังไม่เชื่อถือโต๊ะที่ {address} ให้จับคู่ก่อน</translation>
    </message>
    <message>
      <source>The desk at {address} refused this desk's changes.</source>
      <translation>โต๊ะที่ {address} ไม่รับการเปลี่ยนแปลงจากโต๊ะนี้</translation>
    </message>
    <message>
      <source>The desk at {address} refused this desk: pair with it first.</source>
      <translation>โต๊ะที่ {address} ไม่รับคำขอจากโต๊ะนี้ ให้จับคู่ก่อน</translation>
    </message>
    <message>
      <source>The file was made by a newer Organiser ({version}): update Organiser here too; what this version cannot show yet is kept until then.</source>
      <translation>แฟ้มนี้ทำจาก Organiser รุ่นใหม่กว่า ({version}): โปรดปรับรุ่น Organiser ที่เครื่องนี้ด้วย ข้อมูลที่รุ่นนี้ยังแสดงไม่ได้จะเก็บไว้จนกว่าจะปรับรุ่น</translation>
    </message>
    <message>
      <source>The hub at {host} answered: the office {role} can exchange changes through it.</source>
      <translation>ศูนย์กลางที่ {host} ตอบรับแล้ว สำนักงาน {role} ใช้ศูนย์กลางนี้แลกเปลี่ยนข้อมูลได้</translation>
    </message>
    <message>
      <source>The hub at {host} cannot be reached now: changes wait here and go up when it can be reached.</source>
      <translation>ขณะนี้ติดต่อศูนย์กลางที่ {host} ไม่ได้ การเปลี่ยนแปลงจะรออยู่ในเครื่องนี้และส่งขึ้นเมื่อติดต่อได้</translation>
    </message>
    <message>
      <source>The hub at {host} did not show a certificate signed by the CA given ({ca}): nothing was sent. Check the CA file with the hub's administrator.</source>
      <translation>ศูนย์กลางที่ {host} ไม่ได้แสดงใบรับรองที่ลงนามโดย CA ที่ระบุ ({ca}) จึงไม่ได้ส่งสิ่งใด กรุณาตรวจสอบแฟ้ม CA กับผู้ดูแลศูนย์กลาง</translation>
    </message>
    <message>
      <source>The hub at {host} does not accept the role {role} for this database: ask the hub's administrator.</source>
      <translation>ศูนย์กลางที่ {host} ไม่รับบทบาท {role} สำหรับฐานข้อมูลนี้ กรุณาสอบถามผู้ดูแลศูนย์กลาง</translation>
    </message>
    <message>
      <source>The hub at {host} refused the password of {role}: ask the hub's administrator for the office's address again.</source>
      <translation>ศูนย์กลางที่ {host} ไม่รับรหัสผ่านของ {role} กรุณาขอที่อยู่ของสำนักงานจากผู้ดูแลศูนย์กลางอีกครั้ง</translation>
    </message>
    <message>
      <source>The hub has lost changes this copy had sent (it was put back from an older backup): they are sent again.</source>
      <translation>ศูนย์กลางไม่มีการเปลี่ยนแปลงที่เครื่องนี้เคยส่งไปแล้ว (ศูนย์กลางถูกกู้คืนจากข้อมูลสำรองชุดเก่า) จึงส่งให้อีกครั้ง</translation>
    </message>
    <message>
      <source>The hub in the database {db} is ready (version {version}); offices: {offices}.</source>
      <translation>ศูนย์กลางในฐานข้อมูล {db} พร้อมใช้งานแล้ว (รุ่น {version}) สำนักงาน: {offices}</translation>
    </message>
    <message>
      <source>The hub needs the psycopg package: install Organiser with its 'hub' extra (pip install 'organiser[hub]').</source>
      <translation>ศูนย์กลางต้องใช้แพ็กเกจ psycopg กรุณาติดตั้ง Organiser พร้อมส่วนเสริม 'hub' (pip install 'organiser[hub]')</translation>
    </message>
    <message>
      <source>The hub refused this: the role {role} may not do it (only the office itself, and only its own changes).</source>
      <translation>ศูนย์กลางปฏิเสธ: บทบาท {role} ไม่มีสิทธิ์ทำสิ่งนี้ (ทำได้เฉพาะในนามสำนักงานเองและกับการเปลี่ยนแปลงของตนเท่านั้น)</translation>
    </message>
    <message>
      <source>The hub's CA certificate {path} cannot be found: give the file the hub's administrator sent.</source>
      <translation>ไม่พบใบรับรอง CA ของศูนย์กลาง {path} กรุณาระบุแฟ้มที่ผู้ดูแลศูนย์กลางส่งมา</translation>
    </message>
    <message>
      <source>The hub's certificate is for another name than {host}: use the address the hub's administrator gave.</source>
      <translation>ใบรับรองของศูนย์กลางออกให้ชื่ออื่นที่ไม่ใช่ {host} กรุณาใช้ที่อยู่ที่ผู้ดูแลศูนย์กลางให้มา</translation>
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
      <source>The office {office} can use the hub with this address (keep it secret; give it to the office with the hub's CA certificate):</source>
      <translation>สำนักงาน {office} ใช้ศูนย์กลางได้ด้วยที่อยู่นี้ (เก็บเป็นความลับ และส่งให้สำนักงานพร้อมใบรับรอง CA ของศูนย์กลาง):</translation>
    </message>
    <message>
      <source>The other desk's answer was damaged; pair again.</source>
      <translation>คำตอบจากอีกโต๊ะเสียหาย ให้จับคู่ใหม่</translation>
    </message>
    <message>
      <source>These are this copy's own changes coming back: nothing new.</source>
      <translation>เป็นการเปลี่ยนแปลงของเครื่องนี้เองที่ส่งกลับมา: ไม่มีอะไรใหม่</translation>
    </message>
    <message>
      <source>This connection may not create the hub's roles and tables: use the hub administrator's connection (a superuser, or a role with CREATEROLE that owns the database).</source>
      <translation>การเชื่อมต่อนี้ไม่มีสิทธิ์สร้างบทบาทและตารางของศูนย์กลาง กรุณาใช้การเชื่อมต่อของผู้ดูแลศูนย์กลาง (superuser หรือบทบาทที่มี CREATEROLE และเป็นเจ้าของฐานข้อมูล)</translation>
    </message>
    <message>
      <source>This copy uses the hub {url}.</source>
      <translation>ชุดข้อมูลนี้ใช้ศูนย์กลาง {url}</translation>
    </message>
    <message>
      <source>This copy: {name}</source>
      <translation>เครื่องนี้: {name}</translation>
    </message>
    <message>
      <source>This database is not a hub yet: run organiser hub init with its address first.</source>
      <translation>ฐานข้อมูลนี้ยังไม่เป็นศูนย์กลาง กรุณาใช้คำสั่ง organiser hub init กับที่อยู่ของฐานข้อมูลก่อน</translation>
    </message>
    <message>
      <source>This desk cannot listen on port {port}: {why}</source>
      <translation>โต๊ะนี้เปิดรับที่พอร์ต {port} ไม่ได้: {why}</translation>
    </message>
    <message>
      <source>This desk listens at {address}.</source>
      <translation>โต๊ะนี้รอรับที่ {address}</translation>
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
      <source>This laptop's clock is {days} days ahead of the sender's: check its date and year (a Buddhist-era year typed as a Christian-era one is the usual cause).</source>
      <translation>นาฬิกาของเครื่องนี้เร็วกว่าของผู้ส่ง {days} วัน: โปรดตรวจวันที่และปี (สาเหตุที่พบบ่อยคือพิมพ์ปี พ.ศ. ลงในช่อง ค.ศ.)</translation>
    </message>
    <message>
      <source>Took in {n} changes that were held back.</source>
      <translation>รับการเปลี่ยนแปลงที่พักไว้เข้ามาแล้ว {n} รายการ</translation>
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
      <source>Unreachable since: {when}</source>
      <translation>ติดต่อไม่ได้ตั้งแต่: {when}</translation>
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
      <source>Yes</source>
      <translation>ใช่</translation>
    </message>
    <message>
      <source>change file {file} for {who}</source>
      <translation>แฟ้มการเปลี่ยนแปลง {file} สำหรับ {who}</translation>
    </message>
    <message>
      <source>changes sealed for {who} through the hub at {host}</source>
      <translation>การเปลี่ยนแปลงที่ผนึกให้ {who} ผ่านศูนย์กลางที่ {host}</translation>
    </message>
    <message>
      <source>create an office's role and print the address to give it</source>
      <translation>สร้างบทบาทของสำนักงานและพิมพ์ที่อยู่สำหรับส่งให้สำนักงาน</translation>
    </message>
    <message>
      <source>create or upgrade the hub's tables, roles and policies</source>
      <translation>สร้างหรือปรับรุ่นตาราง บทบาท และนโยบายของศูนย์กลาง</translation>
    </message>
    <message>
      <source>delete this copy's data and key once another desk holds them</source>
      <translation>ลบข้อมูลและกุญแจของเครื่องนี้ เมื่อโต๊ะอื่นได้รับข้อมูลครบแล้ว</translation>
    </message>
    <message>
      <source>deleted {when}</source>
      <translation>ลบเมื่อ {when}</translation>
    </message>
    <message>
      <source>do not announce this desk on the network</source>
      <translation>ไม่ประกาศโต๊ะนี้ในเครือข่าย</translation>
    </message>
    <message>
      <source>drop from the hub what every copy holds already</source>
      <translation>ลบสิ่งที่ทุกชุดข้อมูลมีแล้วออกจากศูนย์กลาง</translation>
    </message>
    <message>
      <source>exchange changes through the regional hub</source>
      <translation>แลกเปลี่ยนการเปลี่ยนแปลงผ่านศูนย์กลางระดับภาค</translation>
    </message>
    <message>
      <source>exchange changes with other offices</source>
      <translation>แลกเปลี่ยนข้อมูลกับสำนักงานอื่น</translation>
    </message>
    <message>
      <source>exchange changes with the hub now</source>
      <translation>แลกเปลี่ยนการเปลี่ยนแปลงกับศูนย์กลางเดี๋ยวนี้</translation>
    </message>
    <message>
      <source>exchange once with every desk that answers</source>
      <translation>แลกเปลี่ยนข้อมูลหนึ่งครั้งกับทุกโต๊ะที่ตอบ</translation>
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
      <source>list changes held back: dated more than a day ahead of this clock</source>
      <translation>แสดงการเปลี่ยนแปลงที่พักไว้ เพราะลงเวลาล่วงหน้านาฬิกาเครื่องนี้เกินหนึ่งวัน</translation>
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
      <source>no</source>
      <translation>ไม่ได้</translation>
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
      <source>pair this copy with the desk showing CODE</source>
      <translation>จับคู่เครื่องนี้กับโต๊ะที่แสดงรหัส CODE</translation>
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
      <source>run this desk's endpoint at the venue until stopped (Ctrl+C)</source>
      <translation>เปิดรับการเชื่อมต่อของโต๊ะนี้ที่งาน จนกว่าจะหยุด (Ctrl+C)</translation>
    </message>
    <message>
      <source>send the last changes to another desk, then delete this copy</source>
      <translation>ส่งการเปลี่ยนแปลงล่าสุดให้โต๊ะอื่น แล้วลบข้อมูลในเครื่องนี้</translation>
    </message>
    <message>
      <source>set up and look after a regional hub on PostgreSQL</source>
      <translation>ตั้งค่าและดูแลศูนย์กลางระดับภาคบน PostgreSQL</translation>
    </message>
    <message>
      <source>settle a conflict</source>
      <translation>ตัดสินข้อขัดแย้ง</translation>
    </message>
    <message>
      <source>take in changes that were held back</source>
      <translation>รับการเปลี่ยนแปลงที่พักไว้เข้ามา</translation>
    </message>
    <message>
      <source>the address to listen on (default: the room's network)</source>
      <translation>ที่อยู่ที่เปิดรับ (ค่าเริ่มต้น: เครือข่ายในห้อง)</translation>
    </message>
    <message>
      <source>the administrator's connection</source>
      <translation>การเชื่อมต่อของผู้ดูแล</translation>
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
      <source>the copy (its id or name)</source>
      <translation>เครื่องที่ส่งมา (รหัสหรือชื่อ)</translation>
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
      <source>the hub</source>
      <translation>ศูนย์กลาง</translation>
    </message>
    <message>
      <source>the hub's CA certificate (or sslrootcert= in the URL)</source>
      <translation>ใบรับรอง CA ของศูนย์กลาง (หรือ sslrootcert= ใน URL)</translation>
    </message>
    <message>
      <source>the hub's state for this copy</source>
      <translation>สถานะของศูนย์กลางสำหรับชุดข้อมูลนี้</translation>
    </message>
    <message>
      <source>the key card</source>
      <translation>บัตรกุญแจ</translation>
    </message>
    <message>
      <source>the office's address on the hub</source>
      <translation>ที่อยู่ของสำนักงานบนศูนย์กลาง</translation>
    </message>
    <message>
      <source>the office's role (Latin letters, digits, _)</source>
      <translation>บทบาทของสำนักงาน (อักษรละติน ตัวเลข และ _)</translation>
    </message>
    <message>
      <source>the other desk's address, as it shows it (default: find it on the network)</source>
      <translation>ที่อยู่ของอีกโต๊ะตามที่แสดงไว้ (ค่าเริ่มต้น: ค้นหาในเครือข่าย)</translation>
    </message>
    <message>
      <source>the other desks at the venue</source>
      <translation>โต๊ะลงทะเบียนอื่นในงาน</translation>
    </message>
    <message>
      <source>the port (0: any free)</source>
      <translation>พอร์ต (0: พอร์ตใดก็ได้ที่ว่าง)</translation>
    </message>
    <message>
      <source>the six-digit code the other desk shows</source>
      <translation>รหัสหกหลักที่อีกโต๊ะแสดง</translation>
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
      <source>those of every copy</source>
      <translation>ของทุกเครื่อง</translation>
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
      <source>use this hub (the address the office was given)</source>
      <translation>ใช้ศูนย์กลางนี้ (ที่อยู่ที่สำนักงานได้รับ)</translation>
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
      <source>yes</source>
      <translation>ได้</translation>
    </message>
    <message>
      <source>{address} is not an address: write it as HOST:PORT.</source>
      <translation>{address} ไม่ใช่ที่อยู่ ให้เขียนแบบ HOST:PORT</translation>
    </message>
    <message>
      <source>{fpr} is not a trusted copy or office: trust its key card first.</source>
      <translation>{fpr} ไม่ใช่เครื่องหรือสำนักงานที่เชื่อถือ: ให้เชื่อถือบัตรกุญแจก่อน</translation>
    </message>
    <message>
      <source>{name} ({address}) did not answer.</source>
      <translation>{name} ({address}) ไม่ตอบ</translation>
    </message>
    <message>
      <source>{name} ({address}): received {n} changes.</source>
      <translation>{name} ({address}): ได้รับการเปลี่ยนแปลง {n} รายการ</translation>
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
      <source>{name} cannot name an office's role: use Latin letters, digits and _ (for example songkhla_office).</source>
      <translation>ใช้ {name} เป็นชื่อบทบาทของสำนักงานไม่ได้ กรุณาใช้อักษรละติน ตัวเลข และ _ (เช่น songkhla_office)</translation>
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
      <source>{name} holds this desk's changes; this copy's data and key were deleted.</source>
      <translation>{name} ได้รับการเปลี่ยนแปลงของโต๊ะนี้ครบแล้ว ลบข้อมูลและกุญแจของเครื่องนี้แล้ว</translation>
    </message>
    <message>
      <source>{name} is a PDF renamed, not a change file of Organiser.</source>
      <translation>{name} เป็นแฟ้ม PDF ที่เปลี่ยนชื่อ ไม่ใช่แฟ้มการเปลี่ยนแปลงของ Organiser</translation>
    </message>
    <message>
      <source>{name} is a name the hub keeps for itself.</source>
      <translation>{name} เป็นชื่อที่ศูนย์กลางสงวนไว้ใช้เอง</translation>
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
      <source>{n} changes are dated more than a day ahead of this laptop's clock: they are held back until a person accepts them (the Sync place, or organiser sync held).</source>
      <translation>การเปลี่ยนแปลง {n} รายการลงเวลาล่วงหน้านาฬิกาของเครื่องนี้เกินหนึ่งวัน: พักไว้จนกว่าจะมีผู้ยืนยันรับ (ที่หน้าแลกเปลี่ยนข้อมูล หรือ organiser sync held)</translation>
    </message>
    <message>
      <source>{n} changes made on this laptop are dated {days} days ahead of its clock (made while its date was wrong): other offices hold them back until a person there accepts them. New changes are dated by the clock as it is now.</source>
      <translation>การเปลี่ยนแปลง {n} รายการที่ทำบนเครื่องนี้ลงเวลาล่วงหน้านาฬิกาของเครื่อง {days} วัน (ทำขณะที่ตั้งวันที่ผิด): สำนักงานอื่นจะพักไว้จนกว่าจะมีผู้ยืนยันรับ การเปลี่ยนแปลงใหม่ลงเวลาตามนาฬิกาปัจจุบันแล้ว</translation>
    </message>
    <message>
      <source>{path} cannot be found.</source>
      <translation>ไม่พบ {path}</translation>
    </message>
    <message>
      <source>{people} people, {check_ins} check-ins, {actions} actions, {memoranda} memoranda; {conflicts} new conflicts.</source>
      <translation>บุคคล {people} คน ลงทะเบียนเข้างาน {check_ins} ครั้ง กิจกรรม {actions} รายการ บันทึกความร่วมมือ {memoranda} ฉบับ ข้อขัดแย้งใหม่ {conflicts} รายการ</translation>
    </message>
    <message>
      <source>{text} is not a date.</source>
      <translation>{text} ไม่ใช่วันที่</translation>
    </message>
    <message>
      <source>{text} is not a phone number.</source>
      <translation>{text} ไม่ใช่หมายเลขโทรศัพท์</translation>
    </message>
    <message>
      <source>{text} is not a whole number.</source>
      <translation>{text} ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
      <source>{url} is not a hub address: it looks like postgresql://office@host:5432/hub.</source>
      <translation>{url} ไม่ใช่ที่อยู่ของศูนย์กลาง ที่อยู่มีรูปแบบเช่น postgresql://office@host:5432/hub</translation>
    </message>
  </context>
</TS>
