"""Thailand's provinces and regions (the finer district/sub-district list is in resources/data)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Province:
    name_th: str
    name_en: str
    region: str  # north, northeast, central, east, west, south


_RAW = """
กรุงเทพมหานคร|Bangkok|central
กระบี่|Krabi|south
กาญจนบุรี|Kanchanaburi|west
กาฬสินธุ์|Kalasin|northeast
กำแพงเพชร|Kamphaeng Phet|north
ขอนแก่น|Khon Kaen|northeast
จันทบุรี|Chanthaburi|east
ฉะเชิงเทรา|Chachoengsao|east
ชลบุรี|Chon Buri|east
ชัยนาท|Chai Nat|central
ชัยภูมิ|Chaiyaphum|northeast
ชุมพร|Chumphon|south
เชียงราย|Chiang Rai|north
เชียงใหม่|Chiang Mai|north
ตรัง|Trang|south
ตราด|Trat|east
ตาก|Tak|west
นครนายก|Nakhon Nayok|central
นครปฐม|Nakhon Pathom|central
นครพนม|Nakhon Phanom|northeast
นครราชสีมา|Nakhon Ratchasima|northeast
นครศรีธรรมราช|Nakhon Si Thammarat|south
นครสวรรค์|Nakhon Sawan|north
นนทบุรี|Nonthaburi|central
นราธิวาส|Narathiwat|south
น่าน|Nan|north
บึงกาฬ|Bueng Kan|northeast
บุรีรัมย์|Buri Ram|northeast
ปทุมธานี|Pathum Thani|central
ประจวบคีรีขันธ์|Prachuap Khiri Khan|west
ปราจีนบุรี|Prachin Buri|east
ปัตตานี|Pattani|south
พระนครศรีอยุธยา|Phra Nakhon Si Ayutthaya|central
พะเยา|Phayao|north
พังงา|Phangnga|south
พัทลุง|Phatthalung|south
พิจิตร|Phichit|north
พิษณุโลก|Phitsanulok|north
เพชรบุรี|Phetchaburi|west
เพชรบูรณ์|Phetchabun|north
แพร่|Phrae|north
ภูเก็ต|Phuket|south
มหาสารคาม|Maha Sarakham|northeast
มุกดาหาร|Mukdahan|northeast
แม่ฮ่องสอน|Mae Hong Son|north
ยโสธร|Yasothon|northeast
ยะลา|Yala|south
ร้อยเอ็ด|Roi Et|northeast
ระนอง|Ranong|south
ระยอง|Rayong|east
ราชบุรี|Ratchaburi|west
ลพบุรี|Lop Buri|central
ลำปาง|Lampang|north
ลำพูน|Lamphun|north
เลย|Loei|northeast
ศรีสะเกษ|Si Sa Ket|northeast
สกลนคร|Sakon Nakhon|northeast
สงขลา|Songkhla|south
สตูล|Satun|south
สมุทรปราการ|Samut Prakan|central
สมุทรสงคราม|Samut Songkhram|central
สมุทรสาคร|Samut Sakhon|central
สระแก้ว|Sa Kaeo|east
สระบุรี|Saraburi|central
สิงห์บุรี|Sing Buri|central
สุโขทัย|Sukhothai|north
สุพรรณบุรี|Suphan Buri|central
สุราษฎร์ธานี|Surat Thani|south
สุรินทร์|Surin|northeast
หนองคาย|Nong Khai|northeast
หนองบัวลำภู|Nong Bua Lam Phu|northeast
อ่างทอง|Ang Thong|central
อำนาจเจริญ|Amnat Charoen|northeast
อุดรธานี|Udon Thani|northeast
อุตรดิตถ์|Uttaradit|north
อุทัยธานี|Uthai Thani|north
อุบลราชธานี|Ubon Ratchathani|northeast
"""

PROVINCES: tuple[Province, ...] = tuple(
    Province(*line.split("|")) for line in _RAW.strip().splitlines()
)
PROVINCE_NAMES_TH: tuple[str, ...] = tuple(p.name_th for p in PROVINCES)
_BY_NAME = {p.name_th: p for p in PROVINCES} | {p.name_en.lower(): p for p in PROVINCES}
SOUTHERN_PROVINCES: tuple[str, ...] = (
    "ชุมพร", "ระนอง", "สุราษฎร์ธานี", "พังงา", "ภูเก็ต", "กระบี่", "นครศรีธรรมราช",
    "ตรัง", "พัทลุง", "สตูล", "สงขลา", "ปัตตานี", "ยะลา", "นราธิวาส",
)  # fmt: skip


def find_province(text: str) -> Province | None:
    """Match a province as people write it: `จ.สงขลา`, `จังหวัดสงขลา`, `Songkhla`, `กทม.`."""
    raw = text.strip()
    for prefix in ("จังหวัด", "จ."):
        if raw.startswith(prefix):
            raw = raw[len(prefix) :].strip()
    if raw in ("กทม", "กทม.", "กรุงเทพ", "กรุงเทพฯ"):
        raw = "กรุงเทพมหานคร"
    return _BY_NAME.get(raw) or _BY_NAME.get(raw.lower())


def province_label(name_th: str, lang: str) -> str:
    if lang == "th":
        return name_th
    province = _BY_NAME.get(name_th)
    return province.name_en if province else name_th
