CREATE TABLE `office_keys` (
	`key_id` text PRIMARY KEY NOT NULL,
	`purpose` text NOT NULL,
	`public_key` text NOT NULL,
	`secret_key` blob NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_identity` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` text NOT NULL,
	`device_id` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_packages` (
	`package_id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`manifest_sha256` text NOT NULL,
	`journal_from` integer NOT NULL,
	`journal_to` integer NOT NULL,
	`announced_keys` text NOT NULL,
	`file` text NOT NULL,
	`created_at` text NOT NULL,
	`acknowledged_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_packages_seq` ON `sync_packages` (`seq`);--> statement-breakpoint
CREATE TABLE `trust_list` (
	`id` integer PRIMARY KEY NOT NULL,
	`root_key_id` text NOT NULL,
	`root_public_key` text NOT NULL,
	`version` integer NOT NULL,
	`document` text NOT NULL,
	`imported_at` text NOT NULL
);
