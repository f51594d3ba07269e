<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>ActionDialog</name>
    <message>
      <source>(deleted)</source>
      <translation>(ถูกลบแล้ว)</translation>
    </message>
    <message>
      <source>(no owner yet)</source>
      <translation>(ยังไม่มีผู้รับผิดชอบ)</translation>
    </message>
    <message>
      <source>(nothing)</source>
      <translation>(ไม่มี)</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>กิจกรรม</translation>
    </message>
    <message>
      <source>Came from</source>
      <translation>ที่มา</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>วันกำหนดเสร็จ</translation>
    </message>
    <message>
      <source>Edit action</source>
      <translation>แก้ไขกิจกรรม</translation>
    </message>
    <message>
      <source>Memorandum</source>
      <translation>บันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>New action</source>
      <translation>เพิ่มกิจกรรม</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>ช่วงกำหนดการ</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>วันเริ่ม</translation>
    </message>
    <message>
      <source>Whole region</source>
      <translation>ทั้งภาค</translation>
    </message>
    <message>
      <source>no due date</source>
      <translation>ไม่กำหนดวันเสร็จ</translation>
    </message>
    <message>
      <source>no start date</source>
      <translation>ไม่กำหนดวันเริ่ม</translation>
    </message>
  </context>
  <context>
    <name>ActionPanel</name>
    <message>
      <source>(deleted since; the link is kept)</source>
      <translation>(ถูกลบไปแล้ว แต่ยังเก็บการเชื่อมโยงไว้)</translation>
    </message>
    <message>
      <source>Came from {link}</source>
      <translation>ที่มา: {link}</translation>
    </message>
    <message>
      <source>Choose an action to see its history and post updates.</source>
      <translation>เลือกกิจกรรมเพื่อดูประวัติและบันทึกความคืบหน้า</translation>
    </message>
    <message>
      <source>Copied from the regional work plan.</source>
      <translation>คัดลอกมาจากแผนงานระดับภาค</translation>
    </message>
    <message>
      <source>Delete action</source>
      <translation>ลบกิจกรรม</translation>
    </message>
    <message>
      <source>Edit action…</source>
      <translation>แก้ไขกิจกรรม…</translation>
    </message>
    <message>
      <source>History</source>
      <translation>ประวัติความคืบหน้า</translation>
    </message>
    <message>
      <source>No updates yet.</source>
      <translation>ยังไม่มีการรายงานความคืบหน้า</translation>
    </message>
    <message>
      <source>Owner: {who}</source>
      <translation>ผู้รับผิดชอบ: {who}</translation>
    </message>
    <message>
      <source>Post an update…</source>
      <translation>บันทึกความคืบหน้า…</translation>
    </message>
    <message>
      <source>Whole region</source>
      <translation>ทั้งภาค</translation>
    </message>
    <message>
      <source>nobody yet</source>
      <translation>ยังไม่มี</translation>
    </message>
    <message>
      <source>{start} to {due}</source>
      <translation>{start} ถึง {due}</translation>
    </message>
    <message>
      <source>{status}, {progress}%</source>
      <translation>{status} {progress}%</translation>
    </message>
  </context>
  <context>
    <name>GuidelinesDialog</name>
    <message>
      <source>All</source>
      <translation>ทั้งหมด</translation>
    </message>
    <message>
      <source>Also copy the actions for the whole region</source>
      <translation>คัดลอกกิจกรรมระดับภาคไปด้วย</translation>
    </message>
    <message>
      <source>Each guideline always gets the actions meant for its province. Actions for the whole region usually stay in the regional plan.</source>
      <translation>แนวทางแต่ละจังหวัดได้รับกิจกรรมของจังหวัดนั้นเสมอ ส่วนกิจกรรมระดับภาคปกติจะอยู่ในแผนระดับภาค</translation>
    </message>
    <message>
      <source>Make provincial guidelines</source>
      <translation>จัดทำแนวทางระดับจังหวัด</translation>
    </message>
    <message>
      <source>None</source>
      <translation>ไม่เลือกเลย</translation>
    </message>
    <message>
      <source>Provinces</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>{province} (has a guideline)</source>
      <translation>{province} (มีแนวทางแล้ว)</translation>
    </message>
  </context>
  <context>
    <name>PlanDetail</name>
    <message>
      <source>(deleted)</source>
      <translation>(ถูกลบแล้ว)</translation>
    </message>
    <message>
      <source>Core team: {what}</source>
      <translation>ทีมแกนนำ: {what}</translation>
    </message>
    <message>
      <source>From: {what}</source>
      <translation>จากเวที: {what}</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>เป้าหมาย</translation>
    </message>
    <message>
      <source>Made from: {what}</source>
      <translation>จัดทำจาก: {what}</translation>
    </message>
    <message>
      <source>Memorandum: {what}</source>
      <translation>บันทึกความร่วมมือ: {what}</translation>
    </message>
    <message>
      <source>progress {old}% → {new}%</source>
      <translation>ความคืบหน้า {old}% → {new}%</translation>
    </message>
    <message>
      <source>status {old} → {new}</source>
      <translation>สถานะ {old} → {new}</translation>
    </message>
    <message>
      <source>{n} provincial guidelines made from this plan</source>
      <translation>จัดทำแนวทางระดับจังหวัดจากแผนนี้แล้ว {n} จังหวัด</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <source>(deleted)</source>
      <translation>(ถูกลบแล้ว)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>พื้นที่</translation>
    </message>
    <message>
      <source>Central</source>
      <translation>ภาคกลาง</translation>
    </message>
    <message>
      <source>Core team</source>
      <translation>ทีมแกนนำ</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>ช่วงวันที่</translation>
    </message>
    <message>
      <source>East</source>
      <translation>ภาคตะวันออก</translation>
    </message>
    <message>
      <source>Edit plan</source>
      <translation>แก้ไขแผน</translation>
    </message>
    <message>
      <source>Fiscal year</source>
      <translation>ปีงบประมาณ</translation>
    </message>
    <message>
      <source>From a date to a date</source>
      <translation>ระบุวันเริ่มต้นและวันสิ้นสุด</translation>
    </message>
    <message>
      <source>From the seminar</source>
      <translation>จากเวทีสัมมนา</translation>
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
      <source>New plan</source>
      <translation>สร้างแผนใหม่</translation>
    </message>
    <message>
      <source>No period</source>
      <translation>ไม่ระบุระยะเวลา</translation>
    </message>
    <message>
      <source>North</source>
      <translation>ภาคเหนือ</translation>
    </message>
    <message>
      <source>Northeast</source>
      <translation>ภาคตะวันออกเฉียงเหนือ</translation>
    </message>
    <message>
      <source>One goal per line</source>
      <translation>เป้าหมายละหนึ่งบรรทัด</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>ระยะเวลา</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>ภาค</translation>
    </message>
    <message>
      <source>Related memoranda</source>
      <translation>บันทึกความร่วมมือที่เกี่ยวข้อง</translation>
    </message>
    <message>
      <source>South</source>
      <translation>ภาคใต้</translation>
    </message>
    <message>
      <source>Thai fiscal year (October–September)</source>
      <translation>ปีงบประมาณ (ตุลาคม–กันยายน)</translation>
    </message>
    <message>
      <source>The whole region</source>
      <translation>ทั้งภาค</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>ชื่อแผน</translation>
    </message>
    <message>
      <source>West</source>
      <translation>ภาคตะวันตก</translation>
    </message>
  </context>
  <context>
    <name>PlanDialogs</name>
    <message>
      <source>(deleted)</source>
      <translation>(ถูกลบแล้ว)</translation>
    </message>
  </context>
  <context>
    <name>PlanModels</name>
    <message>
      <source>Action</source>
      <translation>กิจกรรม</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
      <source>Latest update</source>
      <translation>ความคืบหน้าล่าสุด</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>แผน</translation>
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
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>Whole region</source>
      <translation>ทั้งภาค</translation>
    </message>
    <message>
      <source>{n} provinces: {names}</source>
      <translation>{n} จังหวัด: {names}</translation>
    </message>
  </context>
  <context>
    <name>PlansEditing</name>
    <message>
      <source>Action deleted.</source>
      <translation>ลบกิจกรรมแล้ว</translation>
    </message>
    <message>
      <source>Delete the action '{title}'?</source>
      <translation>ต้องการลบกิจกรรม “{title}” หรือไม่</translation>
    </message>
    <message>
      <source>Delete the plan '{title}' and take it off the follow-up lists?</source>
      <translation>ต้องการลบแผน “{title}” และนำออกจากรายการติดตามหรือไม่</translation>
    </message>
    <message>
      <source>Plan deleted.</source>
      <translation>ลบแผนแล้ว</translation>
    </message>
    <message>
      <source>Restored.</source>
      <translation>เรียกคืนแล้ว</translation>
    </message>
    <message>
      <source>Update recorded.</source>
      <translation>บันทึกความคืบหน้าแล้ว</translation>
    </message>
    <message>
      <source>{n} provincial guidelines made; {m} provinces already had one.</source>
      <translation>จัดทำแนวทางระดับจังหวัดแล้ว {n} จังหวัด มีอยู่แล้ว {m} จังหวัด</translation>
    </message>
  </context>
  <context>
    <name>PlansPage</name>
    <message>
      <source>Add an action to this plan (Ctrl+N)</source>
      <translation>เพิ่มกิจกรรมในแผนนี้ (Ctrl+N)</translation>
    </message>
    <message>
      <source>All actions ({n})</source>
      <translation>กิจกรรมทั้งหมด ({n})</translation>
    </message>
    <message>
      <source>By owner</source>
      <translation>ตามผู้รับผิดชอบ</translation>
    </message>
    <message>
      <source>By province</source>
      <translation>ตามจังหวัด</translation>
    </message>
    <message>
      <source>Core teams</source>
      <translation>ทีมแกนนำ (วงเรียนรู้)</translation>
    </message>
    <message>
      <source>Delete plan</source>
      <translation>ลบแผน</translation>
    </message>
    <message>
      <source>Due in the next 30 days ({n})</source>
      <translation>ครบกำหนดใน 30 วัน ({n})</translation>
    </message>
    <message>
      <source>Edit plan</source>
      <translation>แก้ไขแผน</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>การติดตามงาน</translation>
    </message>
    <message>
      <source>Follow-up plans</source>
      <translation>แผนการติดตามผล</translation>
    </message>
    <message>
      <source>Make provincial guidelines</source>
      <translation>จัดทำแนวทางระดับจังหวัด</translation>
    </message>
    <message>
      <source>New action</source>
      <translation>เพิ่มกิจกรรม</translation>
    </message>
    <message>
      <source>New plan</source>
      <translation>สร้างแผนใหม่</translation>
    </message>
    <message>
      <source>No actions yet: add the first with 'New action'.</source>
      <translation>ยังไม่มีกิจกรรม กด “เพิ่มกิจกรรม” เพื่อเพิ่มกิจกรรมแรก</translation>
    </message>
    <message>
      <source>No owner</source>
      <translation>ไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
      <source>No plans yet. After the seminar, make the regional work plan with 'New plan', then a guideline for every province in one step.</source>
      <translation>ยังไม่มีแผน หลังการสัมมนา กด “สร้างแผนใหม่” เพื่อจัดทำแผนงานระดับภาค แล้วจัดทำแนวทางระดับจังหวัดให้ทุกจังหวัดได้ในขั้นตอนเดียว</translation>
    </message>
    <message>
      <source>Nothing here: every action is on track.</source>
      <translation>ไม่มีรายการ ทุกกิจกรรมเป็นไปตามกำหนด</translation>
    </message>
    <message>
      <source>One guideline per province of the region, with the actions that apply to it</source>
      <translation>แนวทางหนึ่งฉบับต่อหนึ่งจังหวัดในภาค พร้อมกิจกรรมที่เกี่ยวข้องกับจังหวัดนั้น</translation>
    </message>
    <message>
      <source>Overdue ({n})</source>
      <translation>เลยกำหนด ({n})</translation>
    </message>
    <message>
      <source>Overdue in {n} plans. Choose a province under 'By province' to record its progress.</source>
      <translation>เลยกำหนดใน {n} แผน เลือกจังหวัดที่ 'ตามจังหวัด' เพื่อบันทึกความคืบหน้า</translation>
    </message>
    <message>
      <source>People</source>
      <translation>บุคคล</translation>
    </message>
    <message>
      <source>Plans</source>
      <translation>แผน</translation>
    </message>
    <message>
      <source>Record progress on this action (Ctrl+U)</source>
      <translation>บันทึกความคืบหน้าของกิจกรรมนี้ (Ctrl+U)</translation>
    </message>
    <message>
      <source>Report (PDF)</source>
      <translation>รายงาน (PDF)</translation>
    </message>
    <message>
      <source>Report saved to {path}</source>
      <translation>บันทึกรายงานไว้ที่ {path}</translation>
    </message>
    <message>
      <source>Save the plan report</source>
      <translation>บันทึกรายงานแผน</translation>
    </message>
    <message>
      <source>Spreadsheet (xlsx)</source>
      <translation>ตารางคำนวณ (xlsx)</translation>
    </message>
    <message>
      <source>The report could not be saved: {reason}</source>
      <translation>บันทึกรายงานไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>เรียกคืน</translation>
    </message>
    <message>
      <source>Whole region</source>
      <translation>ทั้งภาค</translation>
    </message>
    <message>
      <source>grouped by province</source>
      <translation>จัดกลุ่มตามจังหวัด</translation>
    </message>
    <message>
      <source>grouped by status</source>
      <translation>จัดกลุ่มตามสถานะ</translation>
    </message>
    <message>
      <source>{name} — {open} open, {late} overdue</source>
      <translation>{name} — ค้างอยู่ {open} เลยกำหนด {late}</translation>
    </message>
  </context>
  <context>
    <name>PlansSummary</name>
    <message>
      <source>Actions by status in each province</source>
      <translation>กิจกรรมตามสถานะ แยกรายจังหวัด</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>เสร็จแล้ว</translation>
    </message>
    <message>
      <source>Due in 30 days</source>
      <translation>ครบกำหนดใน 30 วัน</translation>
    </message>
    <message>
      <source>Follow-up of plans</source>
      <translation>การติดตามแผนงาน</translation>
    </message>
    <message>
      <source>Open actions</source>
      <translation>กิจกรรมที่ยังดำเนินการ</translation>
    </message>
    <message>
      <source>Open the follow-up plans</source>
      <translation>เปิดแผนการติดตามผล</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>เลยกำหนด</translation>
    </message>
  </context>
  <context>
    <name>StatusChart</name>
    <message>
      <source>Whole region</source>
      <translation>ทั้งภาค</translation>
    </message>
  </context>
  <context>
    <name>TeamsView</name>
    <message>
      <source>Add to the team</source>
      <translation>เพิ่มเข้าทีม</translation>
    </message>
    <message>
      <source>Added to the team.</source>
      <translation>เพิ่มเข้าทีมแล้ว</translation>
    </message>
    <message>
      <source>Core team</source>
      <translation>ทีมแกนนำ</translation>
    </message>
    <message>
      <source>Core team created: give it a name and add its members.</source>
      <translation>สร้างทีมแกนนำแล้ว ตั้งชื่อทีมและเพิ่มสมาชิกได้เลย</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
      <source>Name of the core team</source>
      <translation>ชื่อทีมแกนนำ</translation>
    </message>
    <message>
      <source>New core team</source>
      <translation>ทีมแกนนำใหม่</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>องค์กร</translation>
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
      <source>Remove from the team</source>
      <translation>นำออกจากทีม</translation>
    </message>
    <message>
      <source>Removed from the team.</source>
      <translation>นำออกจากทีมแล้ว</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>บันทึกแล้ว</translation>
    </message>
    <message>
      <source>Switch role</source>
      <translation>สลับบทบาท</translation>
    </message>
    <message>
      <source>What the team does</source>
      <translation>หน้าที่ของทีม</translation>
    </message>
    <message>
      <source>{name} ({n} people)</source>
      <translation>{name} ({n} คน)</translation>
    </message>
  </context>
  <context>
    <name>UpdateDialog</name>
    <message>
      <source>Date</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>ความคืบหน้า</translation>
    </message>
    <message>
      <source>Progress update</source>
      <translation>บันทึกความคืบหน้า</translation>
    </message>
    <message>
      <source>Reported by</source>
      <translation>ผู้รายงาน</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>What happened, what is next, what is in the way</source>
      <translation>ทำอะไรไปแล้ว ขั้นต่อไปคืออะไร ติดขัดเรื่องใด</translation>
    </message>
  </context>
  <context>
    <name>organiser</name>
    <message>
      <source>(deleted)</source>
      <translation>(ถูกลบแล้ว)</translation>
    </message>
    <message>
      <source>, {late} overdue</source>
      <translation> เลยกำหนด {late} จังหวัด</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>กิจกรรม</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>กิจกรรม</translation>
    </message>
    <message>
      <source>An action has one owner: a person or an organisation, not both.</source>
      <translation>กิจกรรมหนึ่งมีผู้รับผิดชอบได้ผู้เดียว คือบุคคลหรือองค์กร ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
      <source>An action that is '{old}' cannot become '{new}'.</source>
      <translation>กิจกรรมที่อยู่ในสถานะ “{old}” เปลี่ยนเป็น “{new}” ไม่ได้</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>พื้นที่</translation>
    </message>
    <message>
      <source>Came from</source>
      <translation>ที่มา</translation>
    </message>
    <message>
      <source>Central region</source>
      <translation>ภาคกลาง</translation>
    </message>
    <message>
      <source>Choose at least one province.</source>
      <translation>เลือกอย่างน้อยหนึ่งจังหวัด</translation>
    </message>
    <message>
      <source>Choose the format pdf or xlsx.</source>
      <translation>เลือกรูปแบบ pdf หรือ xlsx</translation>
    </message>
    <message>
      <source>Core team</source>
      <translation>ทีมแกนนำ</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>เสร็จแล้ว</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
      <source>Due date moved from {old} to {new}.</source>
      <translation>เลื่อนวันกำหนดเสร็จจาก {old} เป็น {new}</translation>
    </message>
    <message>
      <source>Due {date}: {action}</source>
      <translation>ครบกำหนด {date}: {action}</translation>
    </message>
    <message>
      <source>Due {date}: {action} ({owner})</source>
      <translation>ครบกำหนด {date}: {action} ({owner})</translation>
    </message>
    <message>
      <source>Eastern region</source>
      <translation>ภาคตะวันออก</translation>
    </message>
    <message>
      <source>From the seminar</source>
      <translation>จากเวทีสัมมนา</translation>
    </message>
    <message>
      <source>Give the action a title.</source>
      <translation>กรุณาตั้งชื่อกิจกรรม</translation>
    </message>
    <message>
      <source>Give the core team a name.</source>
      <translation>กรุณาตั้งชื่อทีมแกนนำ</translation>
    </message>
    <message>
      <source>Give the plan a title.</source>
      <translation>กรุณาตั้งชื่อแผน</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>เป้าหมาย</translation>
    </message>
    <message>
      <source>Group the report by status or by province.</source>
      <translation>จัดกลุ่มรายงานได้ตามสถานะหรือตามจังหวัดเท่านั้น</translation>
    </message>
    <message>
      <source>In the provinces: {done} of {n} done</source>
      <translation>ระดับจังหวัด: เสร็จแล้ว {done} จาก {n} จังหวัด</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Latest update</source>
      <translation>ความคืบหน้าล่าสุด</translation>
    </message>
    <message>
      <source>Link the action to a memorandum commitment or to an agenda session, not both.</source>
      <translation>เชื่อมโยงกิจกรรมกับข้อตกลงในบันทึกความร่วมมือ หรือกับช่วงกำหนดการอย่างใดอย่างหนึ่งเท่านั้น</translation>
    </message>
    <message>
      <source>Made from</source>
      <translation>จัดทำจาก</translation>
    </message>
    <message>
      <source>Memoranda</source>
      <translation>บันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>Memorandum: {what}</source>
      <translation>บันทึกความร่วมมือ: {what}</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
      <source>No action has the id {id}.</source>
      <translation>ไม่พบกิจกรรมรหัส {id}</translation>
    </message>
    <message>
      <source>No core teams yet.</source>
      <translation>ยังไม่มีทีมแกนนำ</translation>
    </message>
    <message>
      <source>No plan has the id {id}. See 'organiser plans list'.</source>
      <translation>ไม่พบแผนรหัส {id} ดูรายการแผนได้ด้วยคำสั่ง 'organiser plans list'</translation>
    </message>
    <message>
      <source>No plans yet. Make one in the app's Follow-up plans page.</source>
      <translation>ยังไม่มีแผน สร้างแผนได้ที่หน้าแผนการติดตามผลในโปรแกรม</translation>
    </message>
    <message>
      <source>No single action has the id {id}. See 'organiser plans actions'.</source>
      <translation>ไม่พบกิจกรรมรหัส {id} หรือรหัสนี้ตรงกับหลายกิจกรรม ดูรายการได้ด้วยคำสั่ง 'organiser plans actions'</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>ลำดับ</translation>
    </message>
    <message>
      <source>Northeastern region</source>
      <translation>ภาคตะวันออกเฉียงเหนือ</translation>
    </message>
    <message>
      <source>Northern region</source>
      <translation>ภาคเหนือ</translation>
    </message>
    <message>
      <source>Nothing to record: change the status or the progress, or write a note.</source>
      <translation>ยังไม่มีสิ่งที่จะบันทึก กรุณาเปลี่ยนสถานะหรือความคืบหน้า หรือเขียนบันทึก</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <source>Overdue since {date}: {action}</source>
      <translation>เลยกำหนดตั้งแต่ {date}: {action}</translation>
    </message>
    <message>
      <source>Overdue since {date}: {action} ({owner})</source>
      <translation>เลยกำหนดตั้งแต่ {date}: {action} ({owner})</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>ระยะเวลา</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>แผน</translation>
    </message>
    <message>
      <source>Plan report written to {path}</source>
      <translation>บันทึกรายงานแผนไว้ที่ {path}</translation>
    </message>
    <message>
      <source>Printed on {date}</source>
      <translation>พิมพ์เมื่อ {date}</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>ความคืบหน้า</translation>
    </message>
    <message>
      <source>Progress is a percentage from 0 to 100.</source>
      <translation>ความคืบหน้าต้องเป็นร้อยละ 0 ถึง 100</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <source>Province of {province}</source>
      <translation>จังหวัด{province}</translation>
    </message>
    <message>
      <source>Provincial guideline: {province}</source>
      <translation>แนวทางการดำเนินงานระดับจังหวัด{province}</translation>
    </message>
    <message>
      <source>Provincial guidelines are made from a regional work plan.</source>
      <translation>แนวทางระดับจังหวัดจัดทำจากแผนงานระดับภาคเท่านั้น</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Session: {what}</source>
      <translation>ช่วงกำหนดการ: {what}</translation>
    </message>
    <message>
      <source>Set the plan's region first: the guidelines are made for its provinces.</source>
      <translation>กรุณาระบุภาคของแผนก่อน แนวทางจะจัดทำให้จังหวัดในภาคนั้น</translation>
    </message>
    <message>
      <source>Southern region</source>
      <translation>ภาคใต้</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>The due date cannot be before the start date.</source>
      <translation>วันกำหนดเสร็จต้องไม่ก่อนวันเริ่ม</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>ไม่พบโฟลเดอร์ {folder}</translation>
    </message>
    <message>
      <source>The period cannot end before it starts.</source>
      <translation>วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น</translation>
    </message>
    <message>
      <source>The whole region</source>
      <translation>ทั้งภาค</translation>
    </message>
    <message>
      <source>This core team no longer exists.</source>
      <translation>ไม่มีทีมแกนนำนี้แล้ว</translation>
    </message>
    <message>
      <source>This person is no longer in the directory.</source>
      <translation>ไม่มีบุคคลนี้ในทะเบียนแล้ว</translation>
    </message>
    <message>
      <source>This person is no longer in the team.</source>
      <translation>บุคคลนี้ไม่ได้อยู่ในทีมแล้ว</translation>
    </message>
    <message>
      <source>This plan has been deleted.</source>
      <translation>แผนนี้ถูกลบแล้ว</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
      <source>Update recorded.</source>
      <translation>บันทึกความคืบหน้าแล้ว</translation>
    </message>
    <message>
      <source>Western region</source>
      <translation>ภาคตะวันตก</translation>
    </message>
    <message>
      <source>What the action refers to no longer exists. Choose again.</source>
      <translation>ข้อมูลที่กิจกรรมอ้างถึงไม่มีแล้ว กรุณาเลือกใหม่</translation>
    </message>
    <message>
      <source>Whole region</source>
      <translation>ทั้งภาค</translation>
    </message>
    <message>
      <source>also copy the actions for the whole region into every guideline</source>
      <translation>คัดลอกกิจกรรมระดับภาคไปยังแนวทางทุกจังหวัดด้วย</translation>
    </message>
    <message>
      <source>core teams and their members</source>
      <translation>ทีมแกนนำและสมาชิก</translation>
    </message>
    <message>
      <source>count from this day instead of today</source>
      <translation>นับจากวันนี้แทนวันปัจจุบัน</translation>
    </message>
    <message>
      <source>follow-up plans and their actions</source>
      <translation>แผนการติดตามผลและกิจกรรม</translation>
    </message>
    <message>
      <source>list actions to follow up</source>
      <translation>แสดงกิจกรรมที่ต้องติดตาม</translation>
    </message>
    <message>
      <source>list plans</source>
      <translation>แสดงรายการแผน</translation>
    </message>
    <message>
      <source>make a provincial guideline for each province of a regional plan</source>
      <translation>จัดทำแนวทางระดับจังหวัดให้ทุกจังหวัดจากแผนงานระดับภาค</translation>
    </message>
    <message>
      <source>no date</source>
      <translation>ไม่มีกำหนด</translation>
    </message>
    <message>
      <source>only actions due in the next 30 days</source>
      <translation>เฉพาะกิจกรรมที่ครบกำหนดใน 30 วัน</translation>
    </message>
    <message>
      <source>only overdue actions</source>
      <translation>เฉพาะกิจกรรมที่เลยกำหนด</translation>
    </message>
    <message>
      <source>only this plan's actions</source>
      <translation>เฉพาะกิจกรรมของแผนนี้</translation>
    </message>
    <message>
      <source>only this province (repeat for more; default: every province of the region)</source>
      <translation>เฉพาะจังหวัดนี้ (ระบุซ้ำได้หลายจังหวัด ค่าเริ่มต้น: ทุกจังหวัดในภาค)</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>เลยกำหนด</translation>
    </message>
    <message>
      <source>record progress on an action</source>
      <translation>บันทึกความคืบหน้าของกิจกรรม</translation>
    </message>
    <message>
      <source>several owners</source>
      <translation>หลายผู้รับผิดชอบ</translation>
    </message>
    <message>
      <source>the day (default: today)</source>
      <translation>วันที่ (ค่าเริ่มต้น: วันนี้)</translation>
    </message>
    <message>
      <source>the plan report (PDF or xlsx)</source>
      <translation>รายงานแผน (PDF หรือ xlsx)</translation>
    </message>
    <message>
      <source>what happened</source>
      <translation>สิ่งที่เกิดขึ้น</translation>
    </message>
    <message>
      <source>who reports it</source>
      <translation>ผู้รายงาน</translation>
    </message>
    <message>
      <source>{name} ({n} people)</source>
      <translation>{name} ({n} คน)</translation>
    </message>
    <message>
      <source>{n} plans</source>
      <translation>{n} แผน</translation>
    </message>
    <message>
      <source>{n} provincial guidelines made; {m} provinces already had one.</source>
      <translation>จัดทำแนวทางระดับจังหวัดแล้ว {n} จังหวัด มีอยู่แล้ว {m} จังหวัด</translation>
    </message>
    <message>
      <source>{province} is not a Thai province.</source>
      <translation>{province} ไม่ใช่ชื่อจังหวัดของไทย</translation>
    </message>
    <message>
      <source>{province} is not a province of this plan's region.</source>
      <translation>{province} ไม่ใช่จังหวัดในภาคของแผนนี้</translation>
    </message>
    <message>
      <source>{region} ({n} provinces)</source>
      <translation>{region} ({n} จังหวัด)</translation>
    </message>
    <message>
      <source>{text} is not a date: write it like 2007-05-31 or 31/05/2550.</source>
      <translation>{text} ไม่ใช่วันที่ เขียนเช่น 31/05/2550 หรือ 2007-05-31</translation>
    </message>
    <message>
      <source>{total} actions: {done} done, {late} overdue; average progress {mean}% (as of {date}).</source>
      <translation>กิจกรรม {total} รายการ เสร็จแล้ว {done} เลยกำหนด {late} ความคืบหน้าเฉลี่ยร้อยละ {mean} (ข้อมูล ณ วันที่ {date})</translation>
    </message>
    <message>
      <source>— open in {n} plans</source>
      <translation>— ค้างอยู่ใน {n} แผน</translation>
    </message>
  </context>
</TS>
