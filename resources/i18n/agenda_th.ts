<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>AgendaPage</name>
    <message>
      <source>Agenda</source>
      <translation>กำหนดการ</translation>
    </message>
    <message>
      <source>Choose an event to see its programme.</source>
      <translation>เลือกงานเพื่อดูกำหนดการ</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>วันที่</translation>
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
      <source>Time</source>
      <translation>เวลา</translation>
    </message>
  </context>
  <context>
    <name>organiser</name>
    <message>
      <source>'{path}' is a folder; give a file name.</source>
      <translation>'{path}' เป็นโฟลเดอร์ กรุณาระบุชื่อไฟล์</translation>
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
      <source>Description</source>
      <translation>รายละเอียด</translation>
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
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>No sessions yet.</source>
      <translation>ยังไม่มีรายการในกำหนดการ</translation>
    </message>
    <message>
      <source>Note: the programme may change as appropriate.</source>
      <translation>หมายเหตุ  กำหนดการอาจเปลี่ยนแปลงได้ตามความเหมาะสม</translation>
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
      <source>Organised by {office}</source>
      <translation>จัดโดย {office}</translation>
    </message>
    <message>
      <source>Overlaps “{title}” ({time}) in the main programme.</source>
      <translation>เวลาซ้อนกับ “{title}” ({time}) ในกำหนดการหลัก</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>กำหนดการ</translation>
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
      <source>Speakers and facilitators</source>
      <translation>วิทยากร/ผู้ดำเนินรายการ</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>เริ่ม</translation>
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
      <source>The room</source>
      <translation>ห้องนี้</translation>
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
      <source>Time</source>
      <translation>เวลา</translation>
    </message>
    <message>
      <source>Unknown format '{fmt}': use pdf, ics or xlsx.</source>
      <translation>ไม่รู้จักรูปแบบ '{fmt}' ใช้ได้เฉพาะ pdf, ics หรือ xlsx</translation>
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation>บันทึกไฟล์ {path} แล้ว</translation>
    </message>
    <message>
      <source>at {place}</source>
      <translation>ณ {place}</translation>
    </message>
    <message>
      <source>copy another event's programme, shifted to this event's dates</source>
      <translation>คัดลอกกำหนดการจากงานอื่น โดยเลื่อนให้ตรงกับวันของงานนี้</translation>
    </message>
    <message>
      <source>list the sessions and their conflicts</source>
      <translation>แสดงรายการในกำหนดการและข้อขัดแย้ง</translation>
    </message>
    <message>
      <source>replace the sessions the event already has</source>
      <translation>แทนที่รายการเดิมของงานนี้</translation>
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
      <source>the kind of file (default: from the file name, else pdf)</source>
      <translation>ชนิดไฟล์ (ค่าเริ่มต้น: ตามนามสกุลไฟล์ หรือ pdf)</translation>
    </message>
    <message>
      <source>the programme as PDF, iCalendar (.ics) or spreadsheet (.xlsx)</source>
      <translation>กำหนดการเป็น PDF, iCalendar (.ics) หรือตารางคำนวณ (.xlsx)</translation>
    </message>
    <message>
      <source>the programme of an event</source>
      <translation>กำหนดการของงาน</translation>
    </message>
    <message>
      <source>{minutes} min gap after “{title}”.</source>
      <translation>เว้นว่าง {minutes} นาที หลัง “{title}”</translation>
    </message>
    <message>
      <source>{name} is also in “{title}” at {time}.</source>
      <translation>{name} มีรายการ “{title}” เวลา {time} ซ้อนกัน</translation>
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