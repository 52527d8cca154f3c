// The demo ward's CSV texts: FICTIONAL people and places, designed to show every rule of
// domain.md (see Examples/demo/README.md for what each row demonstrates). Examples/demo/*.csv
// are written from these texts by `generate demo --out Examples/demo` (a test checks they match).
enum DemoData {
    static let units = #"""
code,name,kind,type,parent,liaison,created,outstanding
DB,Đảng bộ phường Bình Minh,committee,,,,,
CB01,Chi bộ Tổ dân phố 1,cell,residential,DB,P002,1998-03-02,
CB01-T1,Tổ đảng Tổ dân phố 1A,group,,CB01,,,
CB01-T2,Tổ đảng Tổ dân phố 1B,group,,CB01,,,
CB02,Chi bộ Tổ dân phố 2,cell,residential,DB,P003,1998-03-02,
CB03,Chi bộ Tổ dân phố 3,cell,residential,DB,P004,2001-06-15,
CB04,Chi bộ Tổ dân phố 4,cell,residential,DB,P005,2023-07-01,
CB05,Chi bộ Cơ quan Đảng ủy - UBND phường,cell,agency,DB,P001,1998-03-02,
CB05-T1,Tổ đảng Khối Đảng - Đoàn thể,group,,CB05,,,
CB05-T2,Tổ đảng Khối Chính quyền,group,,CB05,,,
CB06,Chi bộ Trường THCS Bình Minh,cell,school,DB,P002,2005-09-01,QĐ 215-QĐ/ĐU
CB07,Chi bộ Trường Mầm non Hoa Sen,cell,school,DB,P004,2010-08-20,
CB08,Chi bộ Công an phường,cell,police,DB,P006,2003-01-10,
CB09,Chi bộ Quân sự phường,cell,military,DB,P007,2003-01-10,
CB10,Chi bộ Công ty Cổ phần Minh Phát,cell,enterprise,DB,P003,2015-04-04,
CB11,Chi bộ Hợp tác xã Dịch vụ Bình Minh,cell,other,DB,P005,2012-11-11,
"""#

    static let collectives = #"""
code,name,class,unit
BCH,Ban Chấp hành Đảng bộ phường,party-executive,DB
BTV,Ban Thường vụ Đảng ủy phường,party-standing,DB
CU01,Chi ủy Chi bộ Tổ dân phố 1,cell-committee,CB01
CU05,Chi ủy Chi bộ Cơ quan Đảng ủy - UBND phường,cell-committee,CB05
HDND,Thường trực HĐND phường,council-standing,DB
UBND,Ủy ban nhân dân phường,people-committee,DB
MTTQ,Ban Thường trực Ủy ban MTTQ Việt Nam phường,front-standing,DB
HND,Ban Thường vụ Hội Nông dân phường,mass-org-standing,DB
HLHPN,Ban Thường vụ Hội Liên hiệp Phụ nữ phường,mass-org-standing,DB
DTN,Ban Chấp hành Đoàn TNCS Hồ Chí Minh phường,mass-org-standing,DB
CCB,Ban Thường vụ Hội Cựu chiến binh phường,mass-org-standing,DB
"""#

    static let roster = #"""
id,name,gender,unit,group,born,admitted,status,civil_servant,outside,workplace_level,workplace_stage
P001,Nguyễn Văn An,Nam,CB05,CB05-T1,1968-04-12,1992-05-19,,có,,,
P002,Trần Thị Hà,Nữ,CB05,CB05-T1,1972-09-02,1996-03-03,,có,,,
P003,Lê Quốc Hùng,Nam,CB05,CB05-T2,1975-01-20,1999-12-22,,có,,HTTNV,proposed
P004,Phạm Thị Hạ,Nữ,CB05,CB05-T2,1970-06-30,1995-02-03,,có,,,
P005,Đỗ Văn Ân,Nam,CB05,CB05-T1,1966-11-11,1990-07-27,,có,,,
P006,Hoàng Minh Đức,Nam,CB08,,1978-02-14,2000-08-19,,có,,,
P007,Vũ Đình Sơn,Nam,CB09,,1980-12-22,2002-12-22,,có,,,
P008,Bùi Thị Thu Hương,Nữ,CB05,CB05-T2,1982-03-08,2006-05-19,,có,,HTXSNV,decided
P009,Ngô Văn Bình,Nam,CB05,CB05-T2,1979-07-07,2004-02-03,,có,,,
P010,Đặng Thị Lan,Nữ,CB05,CB05-T1,1977-10-20,2001-10-20,,có,,,
P011,Huỳnh Văn Nam,Nam,CB05,CB05-T1,1985-05-05,2008-03-26,,có,,,
P012,Trịnh Thị Mai,Nữ,CB05,CB05-T1,1981-08-08,2005-08-08,,có,,,
P013,Lý Văn Thắng,Nam,CB05,CB05-T1,1960-01-01,1985-01-01,,có,,,
P014,Dương Thị Ngọc,Nữ,CB05,CB05-T1,1996-03-26,2018-03-26,,có,,,
P015,Nguyễn Văn Ân,Nam,CB01,CB01-T1,1963-02-02,1988-09-02,,,,,
P016,Trần Thị Hạ,Nữ,CB02,,1974-04-04,2000-04-04,,,,,
P017,Phan Văn Tú,Nam,CB03,,1976-06-06,2001-06-06,,,,,
P018,Cao Thị Ánh,Nữ,CB04,,1979-09-09,2003-09-09,,,,,
P019,Lương Văn Hiếu,Nam,CB06,,1975-10-10,2002-10-10,,có,,,
P020,Tạ Thị Yến,Nữ,CB07,,1983-12-12,2009-12-12,,có,,,
P021,Đinh Văn Long,Nam,CB10,,1977-07-17,2005-07-17,,,có,,
P022,Hồ Thị Loan,Nữ,CB11,,1970-11-21,1998-11-21,,,có,,
P023,Võ Văn Phong,Nam,CB01,CB01-T1,1972-05-15,1997-05-15,,,,,
P024,Nguyễn Thị Ấn,Nữ,CB01,CB01-T2,1938-03-03,1960-03-03,miễn,,có,,
P025,Lê Văn Ơn,Nam,CB02,,1940-05-05,1965-05-05,miễn,,có,,
P026,Phạm Văn Dũng,Nam,CB03,,1975-08-08,2000-08-08,đình chỉ,,có,,
P027,Trần Minh Anh,Nam,CB06,,1998-01-15,2023-05-27,,có,,,
P028,Lê Thị Anh,Nữ,CB07,,1999-02-20,2023-05-26,,có,,,
P029,Đào Quang Huy,Nam,CB08,,1997-09-09,2023-05-25,,có,,,
P030,Hoàng Thị Trang,Nữ,CB02,,2000-07-07,2023-09-02,,,có,,
P031,Bùi Văn Cường,Nam,CB02,,1969-03-13,1994-03-13,,,có,,
P032,Đặng Văn Hải,Nam,CB10,,1980-04-14,2006-04-14,,,có,,
P033,Vũ Thị Nga,Nữ,CB11,,1973-05-15,1999-05-15,,,có,,
P034,Ngô Quang Trung,Nam,CB03,,1971-06-16,1996-06-16,,,có,,
P035,Hồ Văn Thành,Nam,CB01,CB01-T2,1965-08-18,1991-08-18,,,có,,
P036,Dương Hồng My,Nữ,CB01,CB01-T1,1964-10-11,1987-02-21,,,,,
P037,Trịnh Diệu Mai,Nữ,CB01,CB01-T2,1950-04-06,1970-04-12,,,có,,
P038,Hoàng Thị Lan,Nữ,CB01,CB01-T1,1949-08-15,1979-09-03,,,có,,
P039,Dương Bích Chi,Nữ,CB01,CB01-T2,1970-02-19,1997-12-20,,,,,
P040,Phạm Ngọc Dũng,Nam,CB01,CB01-T1,1947-03-13,1982-11-07,,,có,,
P041,Huỳnh Đình Giang,Nam,CB01,CB01-T2,1954-05-27,1977-10-24,,,có,,
P042,Lý Thu Mai,Nữ,CB01,CB01-T1,1947-09-28,1979-10-22,,,có,,
P043,Bùi Thanh Hiền,Nữ,CB01,CB01-T2,1950-12-15,1972-12-12,,,có,,
P044,Vũ Minh Nam,Nam,CB01,CB01-T1,1956-09-21,1979-01-09,,,có,,
P045,Nguyễn Thanh Hiền,Nữ,CB01,CB01-T2,1967-04-06,1995-07-17,,,,,
P046,Ngô Xuân Thắng,Nam,CB01,CB01-T1,1958-02-26,1988-06-04,,,có,,
P047,Lý Xuân Minh,Nam,CB01,CB01-T2,1947-10-19,1979-04-01,,,có,,
P048,Tạ Mai Vân,Nữ,CB01,CB01-T1,1951-06-28,1972-04-04,,,có,,
P049,Lê Hữu Ơn,Nam,CB01,CB01-T2,1950-05-07,1971-05-02,,,có,,
P050,Đỗ Hồng Chi,Nữ,CB01,CB01-T1,1967-10-11,1995-11-22,,,,,
P051,Đỗ Mai Ánh,Nữ,CB01,CB01-T2,1961-02-09,1990-01-08,,,có,,
P052,Đỗ Hữu Đạt,Nam,CB01,CB01-T1,1950-09-03,1972-04-28,,,có,,
P053,Vũ Thị Thảo,Nữ,CB01,CB01-T2,1954-10-08,1975-10-20,,,có,,
P054,Bùi Bích Nhung,Nữ,CB01,CB01-T1,1968-05-23,2003-02-19,,,,,
P055,Trịnh Hồng Hương,Nữ,CB01,CB01-T2,1966-02-28,1987-08-05,,,,,
P056,Bùi Kim Vân,Nữ,CB01,CB01-T1,1952-10-07,1975-01-25,,,có,,
P057,Lê Thanh Ơn,Nam,CB01,CB01-T2,1959-10-06,1986-04-04,,,có,,
P058,Tạ Văn Hoàng,Nam,CB02,,1956-11-16,1989-09-02,,,có,,
P059,Phan Thanh Huy,Nam,CB02,,1963-08-13,1992-05-05,,,,,
P060,Đặng Thu Vân,Nữ,CB02,,1969-12-17,1996-08-09,,,,,
P061,Đào Xuân Tuấn,Nam,CB02,,1955-10-03,1988-05-26,,,có,,
P062,Đặng Thị Thảo,Nữ,CB02,,1947-12-18,1974-10-03,,,có,,
P063,Phạm Thanh Thủy,Nữ,CB02,,1970-11-11,2002-03-18,,,,,
P064,Lương Kim Vân,Nữ,CB02,,1968-05-03,2000-01-17,,,,,
P065,Dương Minh Huy,Nam,CB02,,1962-05-15,1984-12-04,,,có,,
P066,Lý Đức Cường,Nam,CB02,,1950-11-18,1976-05-13,,,có,,
P067,Dương Hữu Việt,Nam,CB02,,1970-05-15,1996-12-12,,,,,
P068,Hoàng Diệu Xuân,Nữ,CB02,,1968-04-07,2003-11-09,,,,,
P069,Lương Hữu Khánh,Nam,CB02,,1962-09-20,1988-12-12,,,có,,
P070,Đỗ Bích Hằng,Nữ,CB02,,1947-03-03,1968-05-13,,,có,,
P071,Võ Thị Hương,Nữ,CB02,,1956-06-05,1991-04-21,,,có,,
P072,Lý Thanh Ánh,Nữ,CB03,,1960-06-17,1980-08-18,,,có,,
P073,Bùi Diệu Ánh,Nữ,CB03,,1955-11-05,1982-10-19,,,có,,
P074,Phạm Hữu Khánh,Nam,CB03,,1945-10-05,1969-07-16,,,có,,
P075,Đinh Mai Uyên,Nữ,CB03,,1958-08-22,1992-03-15,,,có,,
P076,Đào Thanh Dũng,Nam,CB03,,1952-04-07,1973-04-02,,,có,,
P077,Phạm Công Quang,Nam,CB03,,1954-10-09,1977-12-11,,,có,,
P078,Bùi Quốc Việt,Nam,CB03,,1970-10-27,2003-03-02,,,,,
P079,Lý Bích Hương,Nữ,CB03,,1966-02-20,1998-08-08,,,,,
P080,Dương Thanh Thảo,Nữ,CB03,,1946-10-18,1977-06-02,,,có,,
P081,Lý Mai Phương,Nữ,CB03,,1950-09-27,1977-01-18,,,có,,
P082,Hoàng Công Huy,Nam,CB03,,1954-10-20,1986-03-11,,,có,,
P083,Tạ Minh Hòa,Nam,CB03,,1954-07-28,1978-08-20,,,có,,
P084,Nguyễn Quốc Nam,Nam,CB04,,1963-02-16,1993-12-15,,,,,
P085,Ngô Kim My,Nữ,CB04,,1957-11-21,1984-04-18,,,có,,
P086,Bùi Diệu Hằng,Nữ,CB04,,1965-09-24,1999-01-13,,,,,
P087,Phan Ngọc Ơn,Nam,CB04,,1951-11-15,1974-03-12,,,có,,
P088,Đinh Bích Lan,Nữ,CB04,,1946-12-07,1970-08-23,,,có,,
P089,Hồ Thanh Huy,Nam,CB04,,1955-03-20,1978-06-27,,,có,,
P090,Trịnh Thị Vân,Nữ,CB04,,1945-05-05,1976-12-28,,,có,,
P091,Lương Ngọc Cường,Nam,CB05,CB05-T1,1967-06-04,1991-01-05,,có,,,
P092,Phạm Thị Oanh,Nữ,CB05,CB05-T2,1983-11-08,2016-07-10,,có,,,
P093,Bùi Thị Tâm,Nữ,CB05,CB05-T1,1979-10-18,2007-08-14,,có,,,
P094,Nguyễn Mai Trang,Nữ,CB05,CB05-T2,1973-01-07,2008-07-22,,có,,,
P095,Trịnh Hữu Cường,Nam,CB05,CB05-T1,1995-04-14,2017-07-15,,có,,,
P096,Hồ Đình Ơn,Nam,CB05,CB05-T2,1984-02-25,2016-05-10,,có,,,
P097,Tạ Ngọc Phương,Nữ,CB05,CB05-T1,1982-12-26,2005-04-04,,có,,,
P098,Hoàng Mai Mai,Nữ,CB05,CB05-T2,1994-07-17,2021-12-19,,có,,,
P099,Đỗ Ngọc Xuân,Nữ,CB06,,1975-06-17,2001-06-26,,có,,,
P100,Cao Mai Thảo,Nữ,CB06,,1970-12-08,2001-05-03,,có,,,
P101,Ngô Diệu My,Nữ,CB06,,1965-09-06,1988-07-21,,có,,,
P102,Lý Thu Ánh,Nữ,CB06,,1981-01-27,2003-12-24,,có,,,
P103,Hồ Bích Nga,Nữ,CB06,,1976-09-22,2007-12-02,,có,,,
P104,Cao Bích Hằng,Nữ,CB06,,1986-10-15,2017-01-07,,có,,,
P105,Hoàng Thu Trang,Nữ,CB06,,1986-06-11,2015-12-22,,có,,,
P106,Lương Thị Nga,Nữ,CB06,,1987-10-22,2019-07-16,,có,,,
P107,Trịnh Thị Hằng,Nữ,CB06,,1984-05-12,2011-12-04,,có,,,
P108,Dương Kim Chi,Nữ,CB06,,1978-02-26,1999-08-03,,có,,,
P109,Dương Diệu Ấn,Nữ,CB07,,1979-08-14,1999-02-12,,có,,,
P110,Huỳnh Kim Thủy,Nữ,CB07,,1981-02-07,2002-07-20,,có,,,
P111,Đặng Diệu Uyên,Nữ,CB07,,1979-08-10,2001-07-18,,có,,,
P112,Ngô Thu Trang,Nữ,CB07,,1974-03-03,2003-10-26,,có,,,
P113,Dương Bích My,Nữ,CB07,,1993-02-07,2017-03-26,,có,,,
P114,Ngô Công Tuấn,Nam,CB07,,1982-08-15,2006-05-01,,có,,,
P115,Dương Quốc Phúc,Nam,CB07,,1988-05-09,2011-03-23,,có,,,
P116,Đỗ Thị Trang,Nữ,CB07,,1981-05-03,2012-03-08,,có,,,
P117,Lê Minh Trung,Nam,CB08,,1997-01-19,2018-08-20,,có,,,
P118,Nguyễn Thanh Đạt,Nam,CB08,,1988-02-16,2012-12-16,,có,,,
P119,Lý Thanh Trung,Nam,CB08,,1981-01-14,2010-07-26,,có,,,
P120,Đỗ Quốc Duy,Nam,CB08,,1984-10-19,2015-07-06,,có,,,
P121,Tạ Thị Trang,Nữ,CB08,,1968-04-24,1997-09-04,,có,,,
P122,Đào Ngọc Chi,Nữ,CB08,,1969-10-07,1995-11-08,,có,,,
P123,Lý Thanh Nga,Nữ,CB08,,1989-07-27,2021-08-16,,có,,,
P124,Cao Đức Hùng,Nam,CB08,,1989-12-01,2021-01-27,,có,,,
P125,Nguyễn Quốc Bình,Nam,CB08,,1994-06-25,2020-04-19,,có,,,
P126,Phạm Ngọc Sơn,Nam,CB08,,1996-10-08,2018-02-20,,có,,,
P127,Lương Hữu Đức,Nam,CB09,,1974-07-04,2005-09-19,,có,,,
P128,Ngô Đình Sơn,Nam,CB09,,1997-01-17,2021-05-10,,có,,,
P129,Đặng Thanh Việt,Nam,CB09,,1977-10-21,2011-01-08,,có,,,
P130,Ngô Đình Hải,Nam,CB09,,1968-12-27,1992-05-05,,có,,,
P131,Phan Kim Nga,Nữ,CB09,,1966-05-14,1994-07-20,,có,,,
P132,Cao Hữu Sơn,Nam,CB09,,1978-05-28,2001-07-19,,có,,,
P133,Lý Công Khánh,Nam,CB09,,1981-11-12,2011-11-23,,có,,,
P134,Tạ Minh Vinh,Nam,CB10,,1991-12-11,2014-10-14,,,có,,
P135,Trịnh Hữu Hùng,Nam,CB10,,1997-09-10,2021-05-24,,,có,,
P136,Hoàng Minh Nam,Nam,CB10,,1992-10-21,2021-03-19,,,có,,
P137,Đặng Đình Bình,Nam,CB10,,1971-09-21,1991-08-11,,,có,,
P138,Phạm Xuân Hoàng,Nam,CB10,,1968-05-22,1991-06-05,,,có,,
P139,Trịnh Ngọc Xuân,Nữ,CB10,,1990-09-01,2015-03-25,,,có,,
P140,Trịnh Diệu Ngọc,Nữ,CB10,,1998-09-06,2019-10-05,,,có,,
P141,Trần Thị Loan,Nữ,CB10,,1982-01-19,2014-02-17,,,có,,
P142,Đỗ Ngọc Huy,Nam,CB11,,1976-10-10,2007-04-18,,,có,,
P143,Dương Thị Loan,Nữ,CB11,,1974-08-20,2003-01-11,,,có,,
P144,Đỗ Hữu Thành,Nam,CB11,,1992-06-10,2015-05-20,,,có,,
P145,Vũ Ngọc Uyên,Nữ,CB11,,1977-03-28,2000-10-12,,,có,,
P146,Võ Công Trung,Nam,CB11,,1992-04-02,2014-03-14,,,có,,
P147,Đặng Thu Linh,Nữ,CB11,,1978-06-08,2010-03-23,,,có,,
P148,Đinh Diệu Vân,Nữ,CB11,,1976-02-04,2000-10-09,,,có,,
"""#

    static let positions = #"""
member,body,role,head,since,managed_by
P001,BTV,Bí thư Đảng ủy,có,2020-10-01,upper
P001,BCH,Bí thư Đảng ủy,có,2020-10-01,upper
P002,BTV,Phó Bí thư Thường trực Đảng ủy,,2020-10-01,upper
P002,BCH,Phó Bí thư Thường trực,,2020-10-01,upper
P003,BTV,Phó Bí thư Đảng ủy,,2021-06-01,
P003,BCH,Ủy viên,,2021-06-01,
P003,UBND,Chủ tịch UBND phường,có,2021-06-01,upper
P004,BTV,Ủy viên Ban Thường vụ,,2020-10-01,
P004,BCH,Ủy viên,,2020-10-01,
P004,HDND,Chủ tịch HĐND phường,có,2021-06-25,upper
P005,BTV,Ủy viên Ban Thường vụ,,2020-10-01,
P005,BCH,Ủy viên,,2020-10-01,
P005,MTTQ,Chủ tịch Ủy ban MTTQ phường,có,2020-10-01,
P006,BTV,Ủy viên Ban Thường vụ,,2020-10-01,
P006,BCH,Ủy viên,,2020-10-01,
P006,CB08,Bí thư Chi bộ,có,2020-10-01,
P007,BTV,Ủy viên Ban Thường vụ,,2020-10-01,
P007,BCH,Ủy viên,,2020-10-01,
P007,CB09,Bí thư Chi bộ,có,2020-10-01,
P008,UBND,Phó Chủ tịch UBND phường,,2023-05-26,
P008,BCH,Ủy viên,,2020-10-01,
P009,UBND,Phó Chủ tịch UBND phường,,2019-03-01,
P009,BCH,Ủy viên,,2020-10-01,
P010,HDND,Phó Chủ tịch HĐND phường,,2021-06-25,
P010,BCH,Ủy viên,,2020-10-01,
P010,CB05,Bí thư Chi bộ,có,2020-10-01,
P010,CU05,Bí thư Chi bộ,có,2020-10-01,
P011,DTN,Bí thư Đoàn phường,có,2022-04-01,
P011,BCH,Ủy viên,,2020-10-01,
P012,HLHPN,Chủ tịch Hội LHPN phường,có,2021-08-01,
P012,BCH,Ủy viên,,2020-10-01,
P013,CCB,Chủ tịch Hội Cựu chiến binh phường,có,2019-05-01,
P013,BCH,Ủy viên,,2020-10-01,
P014,DTN,Phó Bí thư Đoàn phường,,2022-04-01,
P009,CU05,Phó Bí thư Chi bộ,,2020-10-01,
P015,CB01,Bí thư Chi bộ,có,2015-10-01,
P015,CU01,Bí thư Chi bộ,có,2015-10-01,
P015,BCH,Ủy viên,,2020-10-01,
P023,CU01,Phó Bí thư Chi bộ,,2020-10-01,
P035,CU01,Chi ủy viên,,2020-10-01,
P016,CB02,Bí thư Chi bộ,có,2020-09-15,
P017,CB03,Bí thư Chi bộ,có,2023-08-15,
P018,CB04,Bí thư Chi bộ,có,2023-07-01,
P019,CB06,Bí thư Chi bộ,có,2020-09-01,
P020,CB07,Bí thư Chi bộ,có,2020-09-01,
P021,CB10,Bí thư Chi bộ,có,2020-09-01,
P022,CB11,Bí thư Chi bộ,có,2020-09-01,
P058,HND,Chủ tịch Hội Nông dân phường,có,2021-09-01,
P058,BCH,Ủy viên,,2020-10-01,
P072,HND,Phó Chủ tịch Hội Nông dân phường,,2020-10-01,
P036,HLHPN,Phó Chủ tịch Hội LHPN phường,,2020-10-01,
P037,CCB,Phó Chủ tịch Hội Cựu chiến binh phường,,2020-10-01,
P059,MTTQ,Phó Chủ tịch Ủy ban MTTQ phường,,2020-10-01,
P091,UBND,Ủy viên UBND,,2020-10-01,
P006,UBND,Ủy viên UBND,,2020-10-01,
P007,UBND,Ủy viên UBND,,2020-10-01,
P099,HDND,Trưởng Ban Văn hóa - Xã hội HĐND,,2020-10-01,
P100,HDND,Trưởng Ban Pháp chế HĐND,,2020-10-01,
P092,BCH,Ủy viên,,2020-10-01,
P093,CU05,Chi ủy viên,,2020-10-01,
"""#

    static let discipline = #"""
member,date,kind,form,self_discovered,counted_in,note
P031,2023-03-15,discipline,canh-cao,,,Vi phạm quy định về đất đai
P032,2023-04-10,discipline,khien-trach,có,,"Tự phát hiện, đã khắc phục hậu quả"
P033,2022-12-20,discipline,khien-trach,,2022,Đã tính khi đánh giá năm 2022
P034,2023-06-30,decline,,,,Kết luận suy thoái về tư tưởng chính trị
"""#

    static let targets = #"""
subject,completed_pct,exceeded_pct,late_pct,prior_fixed_pct
UBND,100,60,0,100
HND,100,30,,
CB10,45,,20,
DB,95,40,5,80
MTTQ,100,50,,
"""#

}
