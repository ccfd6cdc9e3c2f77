CREATE TABLE `movements` (
	`id` text PRIMARY KEY NOT NULL,
	`child_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`details` text NOT NULL,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `movements_child` ON `movements` (`child_id`,`at`);--> statement-breakpoint
CREATE INDEX `movements_kind_at` ON `movements` (`kind`,`at`);--> statement-breakpoint
CREATE TABLE `report_submissions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`period` text NOT NULL,
	`submitted_on` text NOT NULL,
	`submitted_to` text NOT NULL,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_submissions_period` ON `report_submissions` (`kind`,`period`);--> statement-breakpoint
ALTER TABLE `children` ADD `status` text DEFAULT 'present' NOT NULL;--> statement-breakpoint
CREATE INDEX `children_status` ON `children` (`status`);--> statement-breakpoint
-- Until movements existed, "discharged" was a date on the child record and in every child's
-- journal image. The dates are kept here for the upgrade at the next sign-in
-- (src/main/movements/legacy-discharges.ts), which turns each into a journaled release
-- movement, journals every child's image without the field, and drops this table.
CREATE TABLE `legacy_discharges` (`child_id` text PRIMARY KEY NOT NULL, `discharged_on` text);--> statement-breakpoint
INSERT INTO `legacy_discharges` (`child_id`, `discharged_on`) SELECT `id`, `discharged_on` FROM `children`;--> statement-breakpoint
UPDATE `children` SET `status` = 'released' WHERE `discharged_on` IS NOT NULL;
