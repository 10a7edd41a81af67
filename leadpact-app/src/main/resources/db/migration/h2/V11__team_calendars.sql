-- A team's own SLA calendar, for members who set none of their own: its time zone, its working hours
-- (written like a rep's: "Mon-Fri 09:00-12:00, Mon-Fri 13:00-17:00") and the country whose public
-- holidays it keeps. All null: the team sets no calendar and its members work on the agreement's.
ALTER TABLE sales_team ADD COLUMN time_zone VARCHAR(60);
ALTER TABLE sales_team ADD COLUMN working_hours VARCHAR(500);
ALTER TABLE sales_team ADD COLUMN holiday_country VARCHAR(10);
