CREATE TABLE `access_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `access_log_entity` ON `access_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `child_photos` (
	`id` text PRIMARY KEY NOT NULL,
	`child_id` text NOT NULL,
	`mime` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`data` blob NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `child_photos_child` ON `child_photos` (`child_id`);--> statement-breakpoint
CREATE TABLE `children` (
	`id` text PRIMARY KEY NOT NULL,
	`admission_no` text NOT NULL,
	`name` text NOT NULL,
	`aliases` text NOT NULL,
	`sex` text NOT NULL,
	`dob` text,
	`age_years` integer,
	`age_estimated` integer NOT NULL,
	`father_name` text,
	`mother_name` text,
	`guardian_name` text,
	`village` text,
	`police_station` text,
	`district` text,
	`state` text,
	`pin` text,
	`category` text NOT NULL,
	`admitted_at` text NOT NULL,
	`referred_by` text,
	`order_no` text,
	`identification_marks` text,
	`languages` text NOT NULL,
	`height_cm` real,
	`weight_kg` real,
	`discharged_on` text,
	`search_text` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `children_admission_no` ON `children` (`admission_no`);--> statement-breakpoint
CREATE INDEX `children_category` ON `children` (`category`);--> statement-breakpoint
CREATE TABLE `journal` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` text,
	`actor_name` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`op` text NOT NULL,
	`before` text,
	`after` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `journal_head` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username` ON `users` (`username`);