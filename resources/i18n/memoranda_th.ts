<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>ClausesTab</name>
    <message>
      <source>Add clause</source>
      <translation>เพิ่มข้อ</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>ข้อความ</translation>
    </message>
    <message>
      <source>Clause {n}</source>
      <translation>ข้อ {n}</translation>
    </message>
    <message>
      <source>Heading (optional), e.g. การประสานงาน</source>
      <translation>หัวข้อ (ไม่บังคับ) เช่น การประสานงาน</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>เลื่อนลง</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>นำออก</translation>
    </message>
  </context>
  <context>
    <name>CommitmentsTab</name>
    <message>
      <source>(party {n})</source>
      <translation>(ภาคีที่ {n})</translation>
    </message>
    <message>
      <source>Add commitment</source>
      <translation>เพิ่มภารกิจ</translation>
    </message>
    <message>
      <source>Add the parties first.</source>
      <translation>กรุณาเพิ่มภาคีก่อน</translation>
    </message>
    <message>
      <source>By</source>
      <translation>กำหนดแล้วเสร็จ</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Commitment</source>
      <translation>ภารกิจ</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>ภาคี</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>นำออก</translation>
    </message>
    <message>
      <source>State</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>สิ่งที่จะดำเนินการ</translation>
    </message>
    <message>
      <source>academic support</source>
      <translation>วิชาการ</translation>
    </message>
    <message>
      <source>budget</source>
      <translation>งบประมาณ</translation>
    </message>
    <message>
      <source>data</source>
      <translation>ข้อมูล</translation>
    </message>
    <message>
      <source>loans</source>
      <translation>สินเชื่อ</translation>
    </message>
    <message>
      <source>no date</source>
      <translation>ไม่กำหนดวัน</translation>
    </message>
    <message>
      <source>staff</source>
      <translation>บุคลากร</translation>
    </message>
    <message>
      <source>training</source>
      <translation>การฝึกอบรม</translation>
    </message>
    <message>
      <source>venue</source>
      <translation>สถานที่</translation>
    </message>
  </context>
  <context>
    <name>FilesTab</name>
    <message>
      <source>A copy is kept in the data folder with its size and SHA-256 checksum; before it is opened, the copy is checked against them.</source>
      <translation>โปรแกรมเก็บสำเนาไว้ในโฟลเดอร์ข้อมูล พร้อมบันทึกขนาดและค่าตรวจสอบ SHA-256 และตรวจสอบสำเนากับค่าดังกล่าวทุกครั้งก่อนเปิด</translation>
    </message>
    <message>
      <source>Change status…</source>
      <translation>เปลี่ยนสถานะ…</translation>
    </message>
    <message>
      <source>File a document…</source>
      <translation>แนบเอกสาร…</translation>
    </message>
    <message>
      <source>Filed documents</source>
      <translation>เอกสารแนบ</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>นำออก</translation>
    </message>
    <message>
      <source>Save the memorandum first, then file its documents.</source>
      <translation>กรุณาบันทึกบันทึกความร่วมมือก่อน แล้วจึงแนบเอกสาร</translation>
    </message>
    <message>
      <source>Status history</source>
      <translation>ประวัติสถานะ</translation>
    </message>
  </context>
  <context>
    <name>MemorandaList</name>
    <message>
      <source>Any organisation</source>
      <translation>ทุกหน่วยงาน</translation>
    </message>
    <message>
      <source>Delete draft</source>
      <translation>ลบร่าง</translation>
    </message>
    <message>
      <source>Every status</source>
      <translation>ทุกสถานะ</translation>
    </message>
    <message>
      <source>Filter…</source>
      <translation>กรอง…</translation>
    </message>
    <message>
      <source>Memoranda of cooperation</source>
      <translation>บันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>New memorandum</source>
      <translation>สร้างบันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>No memoranda yet. Start one with “New memorandum”.</source>
      <translation>ยังไม่มีบันทึกความร่วมมือ เริ่มได้ที่ปุ่ม “สร้างบันทึกความร่วมมือ”</translation>
    </message>
    <message>
      <source>No memorandum matches these filters.</source>
      <translation>ไม่มีบันทึกความร่วมมือที่ตรงกับเงื่อนไขนี้</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <source>Party:</source>
      <translation>ภาคี:</translation>
    </message>
    <message>
      <source>Print to PDF…</source>
      <translation>พิมพ์เป็น PDF…</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>สถานะ:</translation>
    </message>
    <message>
      <source>only where it has signed</source>
      <translation>เฉพาะที่ลงนามแล้ว</translation>
    </message>
    <message>
      <source>{n} memoranda</source>
      <translation>{n} ฉบับ</translation>
    </message>
    <message>
      <source>{shown} of {n} memoranda</source>
      <translation>{shown} จาก {n} ฉบับ</translation>
    </message>
  </context>
  <context>
    <name>MemorandaModels</name>
    <message>
      <source>(choose an organisation)</source>
      <translation>(เลือกหน่วยงาน)</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>คำอธิบาย</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
      <source>File</source>
      <translation>แฟ้ม</translation>
    </message>
    <message>
      <source>Filed on</source>
      <translation>วันที่แนบ</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>หัวข้อ</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>ข้อ</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>ภาคี</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>ภาคี</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>ตำแหน่ง</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>เลขที่</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Signatory</source>
      <translation>ผู้ลงนาม</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>ลงนามแล้ว</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>ลงนามเมื่อ</translation>
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
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>ข้อความ</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>ระยะเวลามีผล</translation>
    </message>
    <message>
      <source>What it will do</source>
      <translation>สิ่งที่จะดำเนินการ</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>พยาน</translation>
    </message>
    <message>
      <source>not signed: {note}</source>
      <translation>ยังไม่ลงนาม: {note}</translation>
    </message>
    <message>
      <source>open-ended</source>
      <translation>ไม่กำหนดวันสิ้นสุด</translation>
    </message>
    <message>
      <source>{n} KB</source>
      <translation>{n} KB</translation>
    </message>
    <message>
      <source>{n} MB</source>
      <translation>{n} MB</translation>
    </message>
    <message>
      <source>{n} bytes</source>
      <translation>{n} ไบต์</translation>
    </message>
  </context>
  <context>
    <name>MemorandaPage</name>
    <message>
      <source>Delete the draft</source>
      <translation>ลบร่าง</translation>
    </message>
    <message>
      <source>Delete this draft memorandum?</source>
      <translation>ต้องการลบร่างบันทึกความร่วมมือนี้หรือไม่</translation>
    </message>
    <message>
      <source>Memoranda</source>
      <translation>บันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print the memorandum to PDF</source>
      <translation>พิมพ์บันทึกความร่วมมือเป็น PDF</translation>
    </message>
    <message>
      <source>Printed to {path}.</source>
      <translation>พิมพ์เป็นแฟ้ม {path} แล้ว</translation>
    </message>
    <message>
      <source>The memorandum has changes that are not saved. Leave without saving them?</source>
      <translation>บันทึกความร่วมมือนี้มีการแก้ไขที่ยังไม่ได้บันทึก ต้องการออกโดยไม่บันทึกหรือไม่</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
  </context>
  <context>
    <name>MemorandumEditor</name>
    <message>
      <source>Change status…</source>
      <translation>เปลี่ยนสถานะ…</translation>
    </message>
    <message>
      <source>Clauses</source>
      <translation>ข้อตกลง</translation>
    </message>
    <message>
      <source>Commitments</source>
      <translation>ภารกิจของภาคี</translation>
    </message>
    <message>
      <source>Documents and history</source>
      <translation>เอกสารและประวัติ</translation>
    </message>
    <message>
      <source>File a document with the memorandum</source>
      <translation>แนบเอกสารกับบันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>Filed {name}.</source>
      <translation>แนบ {name} แล้ว</translation>
    </message>
    <message>
      <source>In English…</source>
      <translation>ภาษาอังกฤษ…</translation>
    </message>
    <message>
      <source>In Thai…</source>
      <translation>ภาษาไทย…</translation>
    </message>
    <message>
      <source>Memorandum</source>
      <translation>บันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>New memorandum</source>
      <translation>สร้างบันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Parties and signatures</source>
      <translation>ภาคีและการลงนาม</translation>
    </message>
    <message>
      <source>Print the memorandum to PDF</source>
      <translation>พิมพ์บันทึกความร่วมมือเป็น PDF</translation>
    </message>
    <message>
      <source>Print to PDF</source>
      <translation>พิมพ์เป็น PDF</translation>
    </message>
    <message>
      <source>Printed to {path}.</source>
      <translation>พิมพ์เป็นแฟ้ม {path} แล้ว</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
      <source>Save the memorandum first, then file its documents.</source>
      <translation>กรุณาบันทึกบันทึกความร่วมมือก่อน แล้วจึงแนบเอกสาร</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>บันทึกแล้ว</translation>
    </message>
    <message>
      <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;Every file (*)</source>
      <translation>ภาพสแกนและเอกสาร (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
      <source>Signed: the text and the parties are what the agencies signed and cannot change. Late signatures, commitments and documents can still be recorded.</source>
      <translation>ลงนามแล้ว: ข้อความและภาคีเป็นไปตามที่หน่วยงานลงนามไว้ จึงแก้ไขไม่ได้ แต่ยังบันทึกการลงนามภายหลัง ภารกิจ และเอกสารแนบได้</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>เกิดข้อผิดพลาด: {error}</translation>
    </message>
    <message>
      <source>← Memoranda</source>
      <translation>← บันทึกความร่วมมือ</translation>
    </message>
  </context>
  <context>
    <name>ParticularsTab</name>
    <message>
      <source>(none)</source>
      <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
      <source>Background</source>
      <translation>ความเป็นมา</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>วัตถุประสงค์</translation>
    </message>
    <message>
      <source>Reference no.</source>
      <translation>เลขที่</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>ขอบเขตความร่วมมือ</translation>
    </message>
    <message>
      <source>Signing place</source>
      <translation>สถานที่ลงนาม</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
      <source>To be signed at the event</source>
      <translation>ลงนามในงาน</translation>
    </message>
    <message>
      <source>Valid from</source>
      <translation>มีผลตั้งแต่</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>มีผลถึง</translation>
    </message>
    <message>
      <source>e.g. พอช.ต. 1/2550</source>
      <translation>เช่น พอช.ต. 1/2550</translation>
    </message>
    <message>
      <source>from the day it is signed</source>
      <translation>ตั้งแต่วันที่ลงนาม</translation>
    </message>
    <message>
      <source>open-ended</source>
      <translation>ไม่กำหนดวันสิ้นสุด</translation>
    </message>
  </context>
  <context>
    <name>PartiesTab</name>
    <message>
      <source>Add party</source>
      <translation>เพิ่มภาคี</translation>
    </message>
    <message>
      <source>Given name and family name</source>
      <translation>ชื่อและนามสกุล</translation>
    </message>
    <message>
      <source>If it does not sign (yet): why, e.g. ผู้บริหารติดราชการ ลงนามภายหลัง</source>
      <translation>หากไม่ลงนาม (หรือยังไม่ลงนาม) ระบุเหตุผล เช่น ผู้บริหารติดราชการ ลงนามภายหลัง</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>เลื่อนลง</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
      <source>Not in the directory yet: it is added there when you save.</source>
      <translation>ยังไม่มีในทำเนียบรายชื่อ จะเพิ่มให้เมื่อกดบันทึก</translation>
    </message>
    <message>
      <source>Not signed because</source>
      <translation>เหตุที่ไม่ลงนาม</translation>
    </message>
    <message>
      <source>Optional: title, name and family name</source>
      <translation>ไม่บังคับ: คำนำหน้า ชื่อ และนามสกุล</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>ภาคี</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>นำออก</translation>
    </message>
    <message>
      <source>Signatory</source>
      <translation>ผู้ลงนาม</translation>
    </message>
    <message>
      <source>Signatory's position</source>
      <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
      <source>Signatory's title</source>
      <translation>คำนำหน้าผู้ลงนาม</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>การลงนาม</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>ลงนามเมื่อ</translation>
    </message>
    <message>
      <source>Type part of the name, e.g. ธ.ก.ส. or ออมสิน</source>
      <translation>พิมพ์บางส่วนของชื่อ เช่น ธ.ก.ส. หรือ ออมสิน</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>พยาน</translation>
    </message>
    <message>
      <source>Witness's position</source>
      <translation>ตำแหน่งพยาน</translation>
    </message>
  </context>
  <context>
    <name>StatusDialog</name>
    <message>
      <source>Back to drafting: the text can change again.</source>
      <translation>กลับไปเป็นร่าง แก้ไขข้อความได้อีกครั้ง</translation>
    </message>
    <message>
      <source>Change the status</source>
      <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
      <source>Ends the memorandum for good; write the reason in the note.</source>
      <translation>ให้บันทึกความร่วมมือสิ้นสุดก่อนกำหนดอย่างถาวร กรุณาระบุเหตุผลในหมายเหตุ</translation>
    </message>
    <message>
      <source>Every party must have signed, or have a note saying why it does not.</source>
      <translation>ภาคีทุกฝ่ายต้องลงนามแล้ว หรือมีหมายเหตุระบุเหตุที่ไม่ลงนาม</translation>
    </message>
    <message>
      <source>From this day the commitments bind; the start page reminds of late ones.</source>
      <translation>ตั้งแต่วันนี้ภารกิจของภาคีมีผลผูกพัน หน้าแรกจะเตือนภารกิจที่เลยกำหนด</translation>
    </message>
    <message>
      <source>New status</source>
      <translation>สถานะใหม่</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>ขณะนี้</translation>
    </message>
    <message>
      <source>On</source>
      <translation>เมื่อวันที่</translation>
    </message>
    <message>
      <source>Only after the end of its validity.</source>
      <translation>ทำได้หลังสิ้นสุดระยะเวลามีผลแล้วเท่านั้น</translation>
    </message>
    <message>
      <source>The partners read the text; after signing, this corrects the text or a signature.</source>
      <translation>ภาคีพิจารณาข้อความ หากลงนามแล้ว ใช้เพื่อแก้ไขข้อความหรือการลงนาม</translation>
    </message>
    <message>
      <source>Why, or what happened (needed to terminate)</source>
      <translation>เหตุผลหรือสิ่งที่เกิดขึ้น (จำเป็นเมื่อยุติ)</translation>
    </message>
  </context>
  <context>
    <name>organiser</name>
    <message>
      <source>--signed needs --organisation: whose signature should it look for?</source>
      <translation>--signed ต้องใช้คู่กับ --organisation เพื่อระบุว่าจะตรวจการลงนามของหน่วยงานใด</translation>
    </message>
    <message>
      <source>A memorandum cannot go from “{current}” to “{target}”.</source>
      <translation>บันทึกความร่วมมือเปลี่ยนจาก “{current}” เป็น “{target}” ไม่ได้</translation>
    </message>
    <message>
      <source>A memorandum of cooperation needs at least two parties.</source>
      <translation>บันทึกความร่วมมือต้องมีภาคีอย่างน้อยสองฝ่าย</translation>
    </message>
    <message>
      <source>A memorandum that was signed is kept as a record; terminate it instead.</source>
      <translation>บันทึกความร่วมมือที่ลงนามแล้วต้องเก็บไว้เป็นหลักฐาน ให้ใช้การยุติแทนการลบ</translation>
    </message>
    <message>
      <source>An open-ended memorandum does not expire; terminate it instead.</source>
      <translation>บันทึกความร่วมมือที่ไม่กำหนดวันสิ้นสุดจะไม่หมดอายุ ให้ใช้การยุติแทน</translation>
    </message>
    <message>
      <source>An organisation chosen as a party no longer exists.</source>
      <translation>หน่วยงานที่เลือกเป็นภาคีไม่มีอยู่ในทะเบียนแล้ว</translation>
    </message>
    <message>
      <source>Choose an organisation for every party.</source>
      <translation>กรุณาเลือกหน่วยงานให้ภาคีทุกฝ่าย</translation>
    </message>
    <message>
      <source>Clause texts cannot be empty; remove the empty clause.</source>
      <translation>ข้อตกลงต้องมีข้อความ กรุณานำข้อที่ว่างออก</translation>
    </message>
    <message>
      <source>Clause {n}</source>
      <translation>ข้อ {n}</translation>
    </message>
    <message>
      <source>Describe every commitment, or remove the empty one.</source>
      <translation>กรุณาระบุรายละเอียดภารกิจทุกรายการ หรือนำรายการที่ว่างออก</translation>
    </message>
    <message>
      <source>Filed {name} ({size} bytes, SHA-256 {sha}).</source>
      <translation>แนบ {name} แล้ว ({size} ไบต์, SHA-256 {sha})</translation>
    </message>
    <message>
      <source>Give the memorandum a title.</source>
      <translation>กรุณาตั้งชื่อบันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>Memorandum written to {path}</source>
      <translation>เขียนบันทึกความร่วมมือเป็นแฟ้ม {path} แล้ว</translation>
    </message>
    <message>
      <source>Memorandum “{title}” ended on {date}: mark it expired or extend it.</source>
      <translation>บันทึกความร่วมมือ “{title}” สิ้นสุดเมื่อ {date} กรุณาเปลี่ยนสถานะเป็นหมดอายุ หรือขยายระยะเวลา</translation>
    </message>
    <message>
      <source>Memorandum “{title}” expires on {date} ({days} days left).</source>
      <translation>บันทึกความร่วมมือ “{title}” จะสิ้นสุดวันที่ {date} (อีก {days} วัน)</translation>
    </message>
    <message>
      <source>Name a memorandum by its id or reference number.</source>
      <translation>กรุณาระบุรหัสหรือเลขที่ของบันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>No documents are filed with this memorandum.</source>
      <translation>บันทึกความร่วมมือนี้ยังไม่มีเอกสารแนบ</translation>
    </message>
    <message>
      <source>No memoranda match.</source>
      <translation>ไม่มีบันทึกความร่วมมือที่ตรงกับเงื่อนไข</translation>
    </message>
    <message>
      <source>No memorandum has the id or reference number “{key}”.</source>
      <translation>ไม่พบบันทึกความร่วมมือรหัสหรือเลขที่ “{key}”</translation>
    </message>
    <message>
      <source>No memorandum has the id {id}.</source>
      <translation>ไม่พบบันทึกความร่วมมือรหัส {id}</translation>
    </message>
    <message>
      <source>No organisation is called “{key}”.</source>
      <translation>ไม่พบหน่วยงานชื่อ “{key}”</translation>
    </message>
    <message>
      <source>Not every party has signed: {names}. Record their signatures, or write a note saying why a party does not sign.</source>
      <translation>ภาคียังลงนามไม่ครบ: {names} กรุณาบันทึกการลงนาม หรือระบุหมายเหตุเหตุที่ภาคีไม่ลงนาม</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>เลขที่</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>ลงนามแล้ว</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>The date is before the last change of status ({date}).</source>
      <translation>วันที่นี้อยู่ก่อนการเปลี่ยนสถานะครั้งล่าสุด ({date})</translation>
    </message>
    <message>
      <source>The file is larger than {mb} MB; file a smaller scan.</source>
      <translation>แฟ้มมีขนาดเกิน {mb} MB กรุณาแนบภาพสแกนที่เล็กลง</translation>
    </message>
    <message>
      <source>The file {name} is empty.</source>
      <translation>แฟ้ม {name} ไม่มีข้อมูล</translation>
    </message>
    <message>
      <source>The file {path} cannot be read: {reason}.</source>
      <translation>อ่านแฟ้ม {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>ไม่พบแฟ้ม {path}</translation>
    </message>
    <message>
      <source>The filed copy of {name} has changed since it was filed (its checksum no longer matches), so it is not opened. Restore it from a backup, or file the original again.</source>
      <translation>สำเนา {name} ที่แนบไว้ถูกเปลี่ยนแปลงหลังการแนบ (ค่าตรวจสอบไม่ตรงกัน) จึงไม่เปิดแฟ้มนี้ กรุณากู้คืนจากข้อมูลสำรอง หรือแนบต้นฉบับอีกครั้ง</translation>
    </message>
    <message>
      <source>The filed copy of {name} is missing from the data folder. Restore it from a backup, or file the document again.</source>
      <translation>ไม่พบสำเนา {name} ในโฟลเดอร์ข้อมูล กรุณากู้คืนจากข้อมูลสำรอง หรือแนบเอกสารอีกครั้ง</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>ไม่พบโฟลเดอร์ {folder}</translation>
    </message>
    <message>
      <source>The memorandum already has this status.</source>
      <translation>บันทึกความร่วมมืออยู่ในสถานะนี้อยู่แล้ว</translation>
    </message>
    <message>
      <source>The memorandum cannot end before it begins.</source>
      <translation>วันสิ้นสุดต้องไม่อยู่ก่อนวันเริ่มมีผล</translation>
    </message>
    <message>
      <source>The memorandum ended on {date}; extend its validity first.</source>
      <translation>บันทึกความร่วมมือสิ้นสุดเมื่อ {date} กรุณาขยายระยะเวลาก่อน</translation>
    </message>
    <message>
      <source>The memorandum is now “{status}”.</source>
      <translation>บันทึกความร่วมมืออยู่ในสถานะ “{status}” แล้ว</translation>
    </message>
    <message>
      <source>The memorandum is terminated; signatures can no longer be recorded.</source>
      <translation>บันทึกความร่วมมือนี้ยุติแล้ว บันทึกการลงนามไม่ได้อีก</translation>
    </message>
    <message>
      <source>The memorandum is valid only from {date}.</source>
      <translation>บันทึกความร่วมมือมีผลตั้งแต่ {date} เท่านั้น</translation>
    </message>
    <message>
      <source>The memorandum is valid until {date}; it has not expired yet.</source>
      <translation>บันทึกความร่วมมือมีผลถึง {date} จึงยังไม่หมดอายุ</translation>
    </message>
    <message>
      <source>The signature of {name} is part of a signed memorandum; set the status back to “in review” to correct it.</source>
      <translation>การลงนามของ {name} เป็นส่วนหนึ่งของบันทึกความร่วมมือที่ลงนามแล้ว หากต้องแก้ไข กรุณาเปลี่ยนสถานะกลับเป็น “อยู่ระหว่างพิจารณา” ก่อน</translation>
    </message>
    <message>
      <source>This attachment no longer exists.</source>
      <translation>ไม่พบเอกสารแนบนี้แล้ว</translation>
    </message>
    <message>
      <source>This commitment no longer exists.</source>
      <translation>ไม่พบภารกิจนี้แล้ว</translation>
    </message>
    <message>
      <source>This memorandum is {status}: its text and parties are what was signed and can no longer change. Set its status back to “in review” to correct them.</source>
      <translation>บันทึกความร่วมมือนี้อยู่ในสถานะ{status} ข้อความและภาคีเป็นไปตามที่ลงนามไว้ จึงแก้ไขไม่ได้ หากต้องแก้ไข กรุณาเปลี่ยนสถานะกลับเป็น “อยู่ระหว่างพิจารณา” ก่อน</translation>
    </message>
    <message>
      <source>This party is no longer part of the memorandum.</source>
      <translation>ภาคีนี้ไม่อยู่ในบันทึกความร่วมมือแล้ว</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>ระยะเวลามีผล</translation>
    </message>
    <message>
      <source>Write in the note why the memorandum is terminated.</source>
      <translation>กรุณาระบุเหตุผลที่ยุติบันทึกความร่วมมือในหมายเหตุ</translation>
    </message>
    <message>
      <source>change the status of a memorandum</source>
      <translation>เปลี่ยนสถานะของบันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>check that filed documents are unchanged</source>
      <translation>ตรวจว่าเอกสารแนบไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>file a document (the signed scan) with it</source>
      <translation>แนบเอกสาร (เช่น ภาพสแกนฉบับลงนาม)</translation>
    </message>
    <message>
      <source>id, unique prefix or reference number</source>
      <translation>รหัส ส่วนต้นของรหัสที่ไม่ซ้ำ หรือเลขที่</translation>
    </message>
    <message>
      <source>language of the document</source>
      <translation>ภาษาของเอกสาร</translation>
    </message>
    <message>
      <source>list memoranda</source>
      <translation>แสดงรายการบันทึกความร่วมมือ</translation>
    </message>
    <message>
      <source>memoranda of cooperation between agencies</source>
      <translation>บันทึกความร่วมมือระหว่างหน่วยงาน</translation>
    </message>
    <message>
      <source>not signed</source>
      <translation>ยังไม่ลงนาม</translation>
    </message>
    <message>
      <source>only memoranda this organisation is a party to</source>
      <translation>เฉพาะฉบับที่หน่วยงานนี้เป็นภาคี</translation>
    </message>
    <message>
      <source>only memoranda with this status</source>
      <translation>เฉพาะฉบับที่อยู่ในสถานะนี้</translation>
    </message>
    <message>
      <source>open-ended</source>
      <translation>ไม่กำหนดวันสิ้นสุด</translation>
    </message>
    <message>
      <source>print a memorandum to PDF</source>
      <translation>พิมพ์บันทึกความร่วมมือเป็น PDF</translation>
    </message>
    <message>
      <source>record that a party has signed</source>
      <translation>บันทึกว่าภาคีลงนามแล้ว</translation>
    </message>
    <message>
      <source>show one memorandum in full</source>
      <translation>แสดงบันทึกความร่วมมือฉบับเต็ม</translation>
    </message>
    <message>
      <source>signed {date}</source>
      <translation>ลงนาม {date}</translation>
    </message>
    <message>
      <source>the PDF to write</source>
      <translation>แฟ้ม PDF ที่จะเขียน</translation>
    </message>
    <message>
      <source>the day it signed (default: today)</source>
      <translation>วันที่ลงนาม (ค่าเริ่มต้น: วันนี้)</translation>
    </message>
    <message>
      <source>the day of the change (default: today)</source>
      <translation>วันที่เปลี่ยนสถานะ (ค่าเริ่มต้น: วันนี้)</translation>
    </message>
    <message>
      <source>the file to file</source>
      <translation>แฟ้มที่จะแนบ</translation>
    </message>
    <message>
      <source>the new status</source>
      <translation>สถานะใหม่</translation>
    </message>
    <message>
      <source>the signing organisation</source>
      <translation>หน่วยงานที่ลงนาม</translation>
    </message>
    <message>
      <source>what the document is</source>
      <translation>เอกสารนี้คืออะไร</translation>
    </message>
    <message>
      <source>why (required to terminate)</source>
      <translation>เหตุผล (จำเป็นเมื่อยุติ)</translation>
    </message>
    <message>
      <source>with --organisation: only where it has signed</source>
      <translation>ใช้กับ --organisation: เฉพาะฉบับที่หน่วยงานนั้นลงนามแล้ว</translation>
    </message>
    <message>
      <source>{name} cannot have signed on a day still to come.</source>
      <translation>วันที่ลงนามของ {name} ต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
      <source>{name} is a party twice.</source>
      <translation>{name} เป็นภาคีซ้ำสองครั้ง</translation>
    </message>
    <message>
      <source>{name} is not a party to this memorandum.</source>
      <translation>{name} ไม่ได้เป็นภาคีในบันทึกความร่วมมือนี้</translation>
    </message>
    <message>
      <source>{name} signed after the date of this change.</source>
      <translation>{name} ลงนามหลังวันที่เปลี่ยนสถานะนี้</translation>
    </message>
    <message>
      <source>{name} signed on {date}.</source>
      <translation>{name} ลงนามเมื่อ {date} แล้ว</translation>
    </message>
    <message>
      <source>{name}: unchanged.</source>
      <translation>{name}: ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>{organisation} committed to “{what}” by {date} ({memorandum}).</source>
      <translation>{organisation}: ภารกิจ “{what}” เลยกำหนด {date} แล้ว ({memorandum})</translation>
    </message>
    <message>
      <source>“{key}” fits {n} memoranda; give more of the id.</source>
      <translation>“{key}” ตรงกับบันทึกความร่วมมือ {n} ฉบับ กรุณาระบุรหัสให้ยาวขึ้น</translation>
    </message>
    <message>
      <source>“{key}” fits {n} organisations: {names}.</source>
      <translation>“{key}” ตรงกับ {n} หน่วยงาน: {names}</translation>
    </message>
    <message>
      <source>“{text}” is not a date; write it like 31/01/2550 or 2007-01-31.</source>
      <translation>“{text}” ไม่ใช่วันที่ กรุณาพิมพ์เช่น 31/01/2550 หรือ 2007-01-31</translation>
    </message>
  </context>
</TS>
