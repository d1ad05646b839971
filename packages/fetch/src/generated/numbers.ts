/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/numbers.yaml (info.version 1.0.3), kind "types", by scripts/generate.ts.
 * Change the spec and run `pnpm generate` instead.
 */

/** Every path of the API, with its operations by HTTP method. */
export interface paths<DateTime = string> {
    "/v1/projects/{projectId}/availableNumbers/{phoneNumber}:rent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rent a specific number (deprecated)
         * @deprecated
         * @description Activates one number found with the available-numbers search and adds it to the project,
         *     optionally linking it to an SMS service plan and/or a voice application in the same call.
         *
         *     **Deprecated, US `LOCAL` numbers only.** New code, and any other region or number type,
         *     should use `CreateNumberOrder` with `numberOrderOption`.
         *
         *     Send only the configuration objects you need: adding an empty or unneeded
         *     `voiceConfiguration` next to `smsConfiguration` makes the call fail. Linking runs
         *     asynchronously; its progress shows under `scheduledProvisioning` and
         *     `scheduledVoiceProvisioning`.
         *
         *     This call is billable. If its outcome is unknown (timeout, dropped connection), look the
         *     number up with `NumberService_GetActiveNumber` (or list active numbers) before sending it
         *     again; never retry it blindly.
         */
        post: operations<DateTime>["NumberService_RentNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/availableNumbers:rentAny": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rent the first matching number (deprecated)
         * @deprecated
         * @description Picks a number that satisfies the criteria (pattern, capabilities) and activates it
         *     immediately; you do not see which number until the response arrives.
         *
         *     **Deprecated.** Accepts nothing but US local numbers: send `regionCode: US` and `type:
         *     LOCAL`. For anything else use `CreateNumberOrder` with `quantityOrderOption`.
         *
         *     This call is billable. If its outcome is unknown (timeout, dropped connection), list the
         *     project's active numbers and look for a newly added one before sending it again; never retry
         *     it blindly.
         */
        post: operations<DateTime>["NumberService_RentAnyNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/activeNumbers": {
        parameters: {
            query?: {
                /** @description Only list numbers from this country (ISO 3166-1 alpha-2 code, e.g. `US`). */
                regionCode?: components<DateTime>["parameters"]["regionCodeOptional"];
                /**
                 * @description Digits the number must contain; `numberPattern.searchPattern` says where. May start with the
                 *     country code and `+` (sent as `%2B`) when matching from the start.
                 */
                "numberPattern.pattern"?: components<DateTime>["parameters"]["numberPattern.pattern"];
                /**
                 * @description Where `numberPattern.pattern` has to appear in the number: `START`, `CONTAINS` or `END`.
                 *     Ignored without a pattern.
                 */
                "numberPattern.searchPattern"?: components<DateTime>["parameters"]["numberPattern.searchPattern"];
                /**
                 * @description Kind of number to list. Gotcha: if omitted, only `MOBILE` numbers come back, so `LOCAL` and
                 *     `TOLL_FREE` numbers seem to be missing. Always set it, one call per type if needed.
                 */
                type?: components<DateTime>["parameters"]["typeOptional"];
                /**
                 * @description Singular spelling, used by the active-numbers list only: filter on SMS and/or VOICE support,
                 *     repeating the parameter for both. The search endpoint calls it `capabilities`.
                 */
                capability?: components<DateTime>["parameters"]["capability"];
                /**
                 * @description Page size for the active-numbers list. No default is documented: always set it. (The
                 *     available-numbers search uses `size` instead and is not paginated.)
                 */
                pageSize?: components<DateTime>["parameters"]["pageSize"];
                /**
                 * @description Cursor for the next page: the `nextPageToken` of the previous response. Leave out on the
                 *     first request and keep the other filters unchanged while paging.
                 */
                pageToken?: components<DateTime>["parameters"]["pageToken"];
                /** @description Sort the list by `phoneNumber` or by `displayName`. */
                orderBy?: components<DateTime>["parameters"]["orderBy"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
            };
            cookie?: never;
        };
        /**
         * List the project's numbers
         * @description Returns the numbers the project currently holds, a page at a time, optionally filtered by
         *     region, type, capability and digit pattern.
         *
         *     Gotchas: without `type` only `MOBILE` numbers are returned; the filter is `capability`
         *     (singular) here; set `pageSize` yourself and keep following `nextPageToken` until it is
         *     empty.
         */
        get: operations<DateTime>["NumberService_ListActiveNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        /**
         * Get one of the project's numbers
         * @description Returns a number the project owns, with its SMS and voice configuration and any provisioning
         *     still underway. Also the way to confirm whether a rent, update or release whose response was
         *     lost actually happened.
         */
        get: operations<DateTime>["NumberService_GetActiveNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a number's settings
         * @description Changes the display name, SMS linkage, voice linkage or callback URL of a number the project
         *     owns. Fields left out stay as they are.
         *
         *     - Unlink from an SMS service plan or 10DLC campaign by sending an empty string as
         *       `servicePlanId` or `campaignId`.
         *     - Moving a number to another service plan or campaign takes two calls: unlink first, then
         *       link the new one.
         *     - Include `smsConfiguration` / `voiceConfiguration` only when changing them; an empty
         *       configuration object is rejected.
         *
         *     Linking is asynchronous: follow `scheduledProvisioning` / `scheduledVoiceProvisioning` or
         *     the callbacks.
         */
        patch: operations<DateTime>["NumberService_UpdateActiveNumber"];
        trace?: never;
    };
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}:release": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a number
         * @description Cancels the project's rental of the number; it is unlinked from its services and returned to
         *     Sinch. The response describes the number at the time of release.
         *
         *     Releasing cannot be undone through this API and changes billing. If the outcome of the call
         *     is unknown, check with `NumberService_GetActiveNumber` or the list before calling again.
         */
        post: operations<DateTime>["NumberService_ReleaseNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/availableNumbers": {
        parameters: {
            query: {
                /**
                 * @description Digits the number must contain; `numberPattern.searchPattern` says where. May start with the
                 *     country code and `+` (sent as `%2B`) when matching from the start.
                 */
                "numberPattern.pattern"?: components<DateTime>["parameters"]["numberPattern.pattern"];
                /**
                 * @description Where `numberPattern.pattern` has to appear in the number: `START`, `CONTAINS` or `END`.
                 *     Ignored without a pattern.
                 */
                "numberPattern.searchPattern"?: components<DateTime>["parameters"]["numberPattern.searchPattern"];
                /**
                 * @description Country to search in, as an ISO 3166-1 alpha-2 code (`US`, `GB`, `SE`). Required.
                 *     `NumberService_ListAvailableRegions` lists valid values.
                 */
                regionCode: components<DateTime>["parameters"]["regionCodeRequired"];
                /** @description Kind of number to search for: `MOBILE`, `LOCAL` or `TOLL_FREE`. Required. */
                type: components<DateTime>["parameters"]["typeRequired"];
                /**
                 * @description Plural spelling, used by the available-numbers search only: keep numbers that support every
                 *     listed capability. Repeat for both (`capabilities=SMS&capabilities=VOICE`). The
                 *     active-numbers list calls this filter `capability`.
                 */
                capabilities?: components<DateTime>["parameters"]["capabilities"];
                /**
                 * @description Upper bound on the number of results. The search returns a single batch with no page
                 *     token; note the name differs from `pageSize` on the active-numbers list.
                 */
                size?: number;
            };
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
            };
            cookie?: never;
        };
        /**
         * Search numbers for sale
         * @description Finds numbers that can be bought in one region and of one number type (both required),
         *     optionally narrowed by a digit pattern and by `capabilities` (plural here). To require SMS
         *     and voice, pass both values.
         *
         *     A single batch of at most `size` results is returned; there is no pagination. The search
         *     works for all regions and types. Buy a result with `CreateNumberOrder`.
         */
        get: operations<DateTime>["NumberService_ListAvailableNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/availableNumbers/{phoneNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        /**
         * Check whether a number is for sale
         * @description Looks up one number. If it can be bought, returns its capabilities, setup and monthly price
         *     and whether the region demands supporting documents; an error (typically `404`) means it is
         *     not available. Buy it with `CreateNumberOrder`.
         */
        get: operations<DateTime>["NumberService_GetAvailableNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/numberOrders:lookupNumberRequirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get KYC requirements for a region and number type
         * @description Step 1 of the order flow. Tells which registration fields an order for this region and
         *     number type must carry (`fields`, free-form JSON describing them) and which documents must
         *     be uploaded (`attachments`, each with the `id` to use when uploading).
         */
        post: operations<DateTime>["LookupNumberRequirements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/numberOrders:createNumberOrder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a number order
         * @description Opens an order and reserves its numbers. Set exactly one of:
         *
         *     - `numberOrderOption`: one specific number (from a search). For now an order can hold just
         *       one such number.
         *     - `quantityOrderOption`: 1 to 100 numbers picked by Sinch that match the criteria.
         *
         *     The reservation holds until `expireTime` (somewhere between 30 minutes and 48 hours). Supply
         *     the registration data and documents and submit the order before then. Numbers do not become
         *     active until the order is `COMPLETED`.
         */
        post: operations<DateTime>["CreateNumberOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/numberOrders/{numberOrderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a number order
         * @description Returns the order, its current `state` and the numbers it holds. Poll this, or listen for
         *     `NUMBER_ORDER_PROCESSING` events, to follow the order to `COMPLETED` (or `BLOCKED`,
         *     `REJECTED`, `EXPIRED`).
         */
        get: operations<DateTime>["GetNumberOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/numberOrders/{numberOrderId}/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an order's registration data
         * @description Returns the stored KYC data, the documents uploaded so far with their upload status, and
         *     messages from Sinch's review team (for example why an order is `BLOCKED`).
         */
        get: operations<DateTime>["GetNumberOrderRegistration"];
        /**
         * Set an order's registration data
         * @description Stores the KYC data for the order, replacing what was stored before. `requestDetails` must
         *     follow the fields returned by `LookupNumberRequirements`; it is checked straight away for
         *     missing required fields, lengths and formats.
         */
        put: operations<DateTime>["UpdateNumberOrderRegistration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/numberOrders/{numberOrderId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a document for an order
         * @description Uploads one file as `multipart/form-data` for a document slot listed by
         *     `LookupNumberRequirements`. Only needed when that lookup lists attachments. Respect the
         *     slot's `allowedMimeTypes`; if it lists `allowedDocumentTypes`, say which one the file is in
         *     `documentType`. Oversized files are refused with `413`.
         */
        post: operations<DateTime>["UploadNumberOrderAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/numberOrders/{numberOrderId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a number order for review
         * @description Hands the order to Sinch once its registration data and every mandatory document are in
         *     place. Review is asynchronous; the numbers are activated when the order reaches `COMPLETED`.
         */
        post: operations<DateTime>["SubmitNumberOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/availableRegions": {
        parameters: {
            query?: {
                /**
                 * @description Only list regions that offer these number types (`MOBILE`, `LOCAL`, `TOLL_FREE`). Repeat
                 *     the parameter for several types; omit it to get every region.
                 */
                types?: components<DateTime>["schemas"]["NumberType"][];
            };
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
            };
            cookie?: never;
        };
        /**
         * List regions with numbers on offer
         * @description Lists the countries in which the project can obtain numbers, with the number types offered
         *     in each. Use it to find valid `regionCode` values.
         */
        get: operations<DateTime>["NumberService_ListAvailableRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/callbackConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the project's callback settings
         * @description Returns the HMAC secret used to sign this project's event callbacks. No callback URL is
         *     stored here; URLs are set per number or per order.
         */
        get: operations<DateTime>["GetCallbackConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set the callback signing secret
         * @description Sets or rotates the project's HMAC secret for signing callbacks. That is all it does: it
         *     does not register a callback URL. Events sent afterwards are signed with the new secret in
         *     `X-Sinch-Signature` (HMAC-SHA1 of the raw body).
         */
        patch: operations<DateTime>["UpdateCallbackConfiguration"];
        trace?: never;
    };
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        /**
         * Get a number's emergency address
         * @description Returns the street address registered for emergency calls (such as 911 in the US) made from
         *     this number.
         */
        get: operations<DateTime>["NumberService_GetEmergencyAddress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:provision": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a number's emergency address
         * @description Registers the address that emergency services receive for calls from this number. Check it
         *     with `NumberService_ValidateEmergencyAddress` first so that a corrected, locatable address
         *     is provisioned.
         */
        post: operations<DateTime>["NumberService_ProvisionEmergencyAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:deprovision": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a number's emergency address
         * @description Deletes the emergency address registration of the number.
         */
        post: operations<DateTime>["NumberService_DeprovisionEmergencyAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:validate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate an emergency address
         * @description Checks an address without provisioning it. `validationResult` says whether it matched as
         *     given (`EXACT_MATCH`), after correction (`NEAR_MATCH`, see `correctedAddress`) or not at all
         *     (`NO_MATCH`, with suggestions in `candidateAddresses`).
         */
        post: operations<DateTime>["NumberService_ValidateEmergencyAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Webhooks the API declares (3.1 `webhooks`; callback events of 3.0 documents are in `components`). */
export type webhooks = Record<string, never>;
/** Reusable schemas, parameters, responses and request bodies of the API. */
export interface components<DateTime = string> {
    schemas: {
        /**
         * RentAnyNumberRequest
         * @description Criteria and configuration for `NumberService_RentAnyNumber`.
         */
        RentAnyNumberRequest: {
            numberPattern?: components<DateTime>["schemas"]["NumberPattern"];
            /** @description Country of the number. Only `US` is accepted by this endpoint. */
            regionCode: components<DateTime>["schemas"]["RegionCode"];
            /** @description Number type. Only `LOCAL` is accepted by this endpoint. */
            type: components<DateTime>["schemas"]["NumberType"];
            /** @description Capabilities the number must have: `SMS`, `VOICE` or both. */
            capabilities?: components<DateTime>["schemas"]["NumberCapability"][];
            smsConfiguration?: components<DateTime>["schemas"]["smsConfiguration"];
            voiceConfiguration?: components<DateTime>["schemas"]["VoiceConfiguration"];
            /**
             * @description URL that receives this number's provisioning events (see the
             *     `EventsCallback` webhook).
             */
            callbackUrl?: string;
        };
        /**
         * Search Pattern
         * @description Where the digit pattern must occur: `START` (prefix), `CONTAINS` (anywhere) or `END`
         *     (suffix).
         * @enum {string}
         */
        NumberPatternSearchPattern: "START" | "CONTAINS" | "END";
        /**
         * Money
         * @description An amount of money in a given currency.
         */
        money: {
            /** @description Three-letter ISO 4217 currency code, such as `USD` or `EUR`. */
            currencyCode?: string;
            /**
             * @description Decimal amount as a string, for example `"2.00"`, so that no precision is lost.
             *     Read-only: prices cannot be changed through the API.
             */
            amount?: string;
        };
        /**
         * Active Number Request
         * @description Fields of an active number that can be changed. All are optional.
         */
        ActiveNumberRequest: {
            /** @description Your own label for the number, shown in the dashboard. */
            displayName?: string;
            smsConfiguration?: components<DateTime>["schemas"]["smsConfiguration"];
            voiceConfiguration?: components<DateTime>["schemas"]["VoiceConfiguration"];
            /**
             * @description URL that receives this number's provisioning events (see the
             *     `EventsCallback` webhook).
             */
            callbackUrl?: string;
        };
        /**
         * Active Number Response
         * @description A number owned by the project, with its pricing and service configuration.
         */
        ActiveNumberResponse: {
            phoneNumber?: components<DateTime>["schemas"]["PhoneNumber"];
            /** @description The project that owns the number. */
            projectId?: string;
            /** @description Your own label for the number, shown in the dashboard. */
            displayName?: string;
            regionCode?: components<DateTime>["schemas"]["RegionCode"];
            type?: components<DateTime>["schemas"]["NumberType"];
            /** @description What the number can be used for: `SMS`, `VOICE` or both. */
            capability?: components<DateTime>["schemas"]["NumberCapability"][];
            money?: components<DateTime>["schemas"]["money"];
            /**
             * Format: int32
             * @description Length of one billing period, in months.
             */
            readonly paymentIntervalMonths?: number;
            /**
             * Format: date-time
             * @description When the next recurring charge is due.
             */
            readonly nextChargeDate?: DateTime;
            /**
             * Format: date-time
             * @description When the rental ends, if an end date has been set; otherwise absent.
             */
            readonly expireAt?: DateTime;
            smsConfiguration?: components<DateTime>["schemas"]["smsConfiguration"];
            voiceConfiguration?: components<DateTime>["schemas"]["VoiceConfiguration"];
            /**
             * @description URL that receives this number's provisioning events (see the
             *     `EventsCallback` webhook).
             */
            callbackUrl?: string;
        };
        /**
         * Available Number
         * @description A number that can be bought, with its prices.
         */
        AvailableNumber: {
            phoneNumber?: components<DateTime>["schemas"]["PhoneNumber"];
            regionCode?: components<DateTime>["schemas"]["RegionCode"];
            type?: components<DateTime>["schemas"]["NumberType"];
            /** @description What the number supports: `SMS`, `VOICE` or both. */
            capability?: components<DateTime>["schemas"]["NumberCapability"][];
            setupPrice?: components<DateTime>["schemas"]["money"];
            monthlyPrice?: components<DateTime>["schemas"]["money"];
            /**
             * Format: int32
             * @description Length of one billing period, in months.
             */
            readonly paymentIntervalMonths?: number;
            /**
             * @description `true` when the region requires registration data or documents (identity, business
             *     proof) for this number type. The flag depends only on region and type. If set, buy
             *     through a number order and check `LookupNumberRequirements`.
             */
            readonly supportingDocumentationRequired?: boolean;
        };
        /**
         * Available Region
         * @description A country in which numbers are offered.
         */
        AvailableRegion: {
            regionCode?: components<DateTime>["schemas"]["RegionCode"];
            /** @description Human-readable name, e.g. `United States`. */
            readonly regionName?: string;
            /** @description Number types that can be obtained in this region. */
            readonly types?: components<DateTime>["schemas"]["NumberType"][];
        };
        /**
         * Active Numbers Response
         * @description One page of the project's active numbers.
         */
        ListActiveNumbersResponse: {
            /** @description The numbers on this page. */
            activeNumbers?: components<DateTime>["schemas"]["ActiveNumberResponse"][];
            /** @description Pass as `pageToken` to get the next page. Empty on the last page. */
            nextPageToken?: string;
            /**
             * Format: int32
             * @description A count the API returns with each page. No source defines it exactly (the vendor's
             *     document calls it the maximum number of results returned), so do not use it to decide
             *     whether more pages follow: an empty `nextPageToken` says that.
             */
            totalSize?: number;
        };
        /**
         * Available Numbers Response
         * @description Result of a search for numbers to buy.
         */
        ListAvailableNumbersResponse: {
            /** @description The matching numbers; empty if nothing matched. */
            availableNumbers?: components<DateTime>["schemas"]["AvailableNumber"][];
        };
        /**
         * List Available Regions Response
         * @description Regions in which numbers are offered.
         */
        ListAvailableRegionsResponse: {
            /** @description The regions. */
            availableRegions?: components<DateTime>["schemas"]["AvailableRegion"][];
        };
        /**
         * Capability
         * @description A service a number can be used with: `SMS` or `VOICE`.
         * @default SMS
         * @enum {string}
         */
        NumberCapability: "SMS" | "VOICE";
        /**
         * Search Pattern
         * @description A digit sequence to look for and where in the number it must appear.
         */
        NumberPattern: {
            /** @description The digits to match, e.g. `555`. May start with `+` and the country code. */
            pattern?: string;
            searchPattern?: components<DateTime>["schemas"]["NumberPatternSearchPattern"];
        };
        /**
         * Region Code
         * @description Country as an ISO 3166-1 alpha-2 code, e.g. `US`, `GB`, `SE`.
         */
        RegionCode: string;
        /**
         * Phone Number
         * @description A phone number in E.164 format: `+`, country code, subscriber number (e.g.
         *     `+12025550134`).
         */
        PhoneNumber: string;
        /**
         * Type
         * @description Kind of number: `MOBILE` (mobile ranges), `LOCAL` (tied to a geographic area) or `TOLL_FREE`
         *     (free for the caller; the owner pays for incoming calls).
         * @enum {string}
         */
        NumberType: "MOBILE" | "LOCAL" | "TOLL_FREE";
        /**
         * Upload Status
         * @description State of a document upload: `WAITING`, `COMPLETED` or `FAILED`.
         * @default WAITING
         * @enum {string}
         */
        UploadStatus: "COMPLETED" | "WAITING" | "FAILED";
        /**
         * Provisioning Status
         * @description Progress of an asynchronous provisioning job: `WAITING` (queued), `IN_PROGRESS`, `FAILED`
         *     (see the accompanying error codes) or `PROVISIONING_STATUS_UNSPECIFIED` (unknown).
         * @default WAITING
         * @enum {string}
         */
        ProvisioningStatus: "PROVISIONING_STATUS_UNSPECIFIED" | "WAITING" | "IN_PROGRESS" | "FAILED";
        /**
         * Rent Number Request
         * @description Configuration to apply to a number rented with `NumberService_RentNumber`.
         */
        RentNumberRequest: {
            smsConfiguration?: components<DateTime>["schemas"]["smsConfiguration"];
            voiceConfiguration?: components<DateTime>["schemas"]["VoiceConfiguration"];
            /**
             * @description URL that receives this number's provisioning events (see the
             *     `EventsCallback` webhook).
             */
            callbackUrl?: string;
        };
        /**
         * Scheduled Provisioning
         * @description An SMS provisioning job that is pending or has failed. Absent once the number is linked to
         *     the SMS platform and, in the US, to its 10DLC campaign.
         */
        scheduledProvisioning: {
            /** @description Service plan the job is linking the number to. */
            readonly servicePlanId?: string;
            /** @description 10DLC campaign the job is linking the number to (US only). */
            readonly campaignId?: string;
            status?: components<DateTime>["schemas"]["ProvisioningStatus"];
            /**
             * Format: date-time
             * @description When `status` last changed.
             */
            readonly lastUpdatedTime?: DateTime;
            /** @description Why the job failed, when `status` is `FAILED`. */
            readonly errorCodes?: components<DateTime>["schemas"]["SmsErrorCode"][];
        };
        /**
         * Base SMS Configuration
         * @description Fields shared by every SMS configuration.
         */
        smsConfigurationBase: {
            /**
             * @description ID of the SMS service plan (found under SMS > APIs in the dashboard) that handles the
             *     number's messages. Send `""` to unlink.
             */
            servicePlanId: string;
            /**
             * @description US 10DLC only: the TCR campaign ID the number sends under; required for A2P SMS in the
             *     US and irrelevant elsewhere. Send `""` to unlink. A number must be unlinked before it
             *     can be linked to another campaign.
             */
            campaignId?: string;
        };
        /**
         * SMS Configuration
         * @description SMS settings of a number. A new `servicePlanId` or `campaignId` is applied asynchronously:
         *     while that runs, the requested values appear in `scheduledProvisioning` and move to the top
         *     level when done.
         */
        smsConfiguration: components<DateTime>["schemas"]["smsConfigurationBase"] & {
            /** @description Pending or failed SMS provisioning job, if any. */
            readonly scheduledProvisioning?: components<DateTime>["schemas"]["scheduledProvisioning"];
        };
        /**
         * KYC SMS Configuration
         * @description SMS settings to apply to numbers bought through a number order.
         */
        OrderSmsConfiguration: components<DateTime>["schemas"]["smsConfigurationBase"];
        /** @description Region and number type whose ordering requirements you want. */
        LookupNumberRequirementsRequest: {
            regionCode: components<DateTime>["schemas"]["RegionCode"];
            numberType: components<DateTime>["schemas"]["NumberType"];
        };
        /** @description What an order for a given region and number type must provide. */
        NumberRequirements: {
            /**
             * @description Free-form JSON describing the registration fields (names, which are mandatory, length
             *     limits). Build `requestDetails` of the registration from it.
             */
            fields?: {
                [key: string]: unknown;
            };
            /** @description Documents to upload; empty when none are needed. */
            attachments?: components<DateTime>["schemas"]["RequiredAttachment"][];
        };
        /** @description Fields common to both ways of creating an order. */
        CreateNumberOrderRequestBase: {
            regionCode: components<DateTime>["schemas"]["RegionCode"];
            numberType: components<DateTime>["schemas"]["NumberType"];
            smsConfiguration?: components<DateTime>["schemas"]["OrderSmsConfiguration"];
            voiceConfiguration?: components<DateTime>["schemas"]["OrderVoiceConfiguration"];
            /**
             * Format: uri
             * @description URL that receives `NUMBER_ORDER_PROCESSING` events for this order.
             */
            callbackUrl?: string;
        };
        /**
         * @description Order request: the common fields plus exactly one of `numberOrderOption` or
         *     `quantityOrderOption`.
         */
        CreateNumberOrderRequest: components<DateTime>["schemas"]["CreateNumberOrderRequestBase"] & ({
            numberOrderOption: components<DateTime>["schemas"]["CreateNumberOrderOption"];
        } | {
            quantityOrderOption: components<DateTime>["schemas"]["CreateQuantityOrderOption"];
        });
        /** @description Order one specific number. */
        CreateNumberOrderOption: {
            /** @description The number to buy, in E.164 form. Exactly one entry is accepted for now. */
            phoneNumbers?: string[];
        };
        /** @description Order several numbers chosen by Sinch that meet the criteria. */
        CreateQuantityOrderOption: {
            numberPattern?: components<DateTime>["schemas"]["NumberPattern"];
            /**
             * Format: int32
             * @description How many numbers to order, 1 to 100.
             */
            requestedQuantity: number;
            /** @description `true` to request consecutive numbers. */
            sequential?: boolean;
            /** @description Capabilities every ordered number must have. */
            capabilities?: components<DateTime>["schemas"]["NumberCapability"][];
        };
        /** @description A number order and the numbers it has reserved. */
        NumberOrder: {
            /** @description The project that placed the order. */
            projectId?: string;
            /** @description The order's ID; use it as `numberOrderId` in later calls. */
            idNumberOrder?: string;
            regionCode?: components<DateTime>["schemas"]["RegionCode"];
            state?: components<DateTime>["schemas"]["NumberOrderState"];
            numberType?: components<DateTime>["schemas"]["NumberType"];
            /** @description The reserved numbers with their prices. */
            orderNumbers?: components<DateTime>["schemas"]["OrderNumber"][];
            smsConfiguration?: components<DateTime>["schemas"]["OrderSmsConfiguration"];
            voiceConfiguration?: components<DateTime>["schemas"]["OrderVoiceConfiguration"];
            /**
             * Format: date-time
             * @description Deadline for completing and submitting the order; the reserved numbers are released
             *     after it. May be `null`.
             */
            expireTime?: DateTime | null;
            /**
             * Format: date-time
             * @description When the order was created.
             */
            createTime?: DateTime;
            /**
             * Format: date-time
             * @description When the order last changed.
             */
            updateTime?: DateTime;
        };
        /** @description Price of a number. */
        NumberPrice: {
            setupPrice?: components<DateTime>["schemas"]["money"];
            monthlyPrice?: components<DateTime>["schemas"]["money"];
            /**
             * Format: int32
             * @description Length of one billing period for `monthlyPrice`, in months.
             */
            paymentIntervalMonths?: number;
        };
        /** @description A number reserved by an order. */
        OrderNumber: {
            phoneNumber?: components<DateTime>["schemas"]["PhoneNumber"];
            numberPrice?: components<DateTime>["schemas"]["NumberPrice"];
            /** @description What the number supports. */
            capabilities?: components<DateTime>["schemas"]["NumberCapability"][];
        };
        /** @description Registration (KYC) data for an order. */
        UpdateNumberOrderRegistrationRequest: {
            /**
             * @description Free-form JSON with the values of the fields listed by
             *     `LookupNumberRequirements`.
             */
            requestDetails?: {
                [key: string]: unknown;
            };
        };
        /** @description The KYC data of an order, its documents and the reviewers' messages. */
        Registration: {
            /** @description The registration values as stored (free-form JSON). */
            requestDetails?: {
                [key: string]: unknown;
            };
            /** @description Documents uploaded for the order. */
            attachments?: components<DateTime>["schemas"]["Attachment"][];
            /** @description Messages from the review team, oldest first. */
            logs?: components<DateTime>["schemas"]["RegistrationLog"][];
        };
        /** @description A document that must (or may) be uploaded for an order. */
        RequiredAttachment: {
            /** @description Use as `attachmentId` when uploading this document. */
            id?: string;
            /** @description What the document should contain. */
            description?: string;
            /** @description `true` if the order cannot be submitted without it. */
            mandatory?: boolean;
            /** @description Templates to fill in and upload, if any. */
            template?: components<DateTime>["schemas"]["AttachmentTemplate"][];
            /** @description Short name of the document. */
            title?: string;
            /** @description File types accepted; empty means any type. */
            allowedMimeTypes?: string[];
            /**
             * @description Accepted kinds of document. When present, the upload's `documentType` must be one of
             *     them.
             */
            allowedDocumentTypes?: string[];
        };
        /** @description A downloadable template for a required document. */
        AttachmentTemplate: {
            /** @description File name of the template. */
            name?: string;
            /** @description Where to download it. */
            url?: string;
        };
        /** @description A document uploaded for an order. */
        Attachment: {
            /** @description ID of the document slot it fills. */
            attachmentId?: string;
            /** @description Name of the uploaded file. */
            fileName?: string;
            /** @description Media type of the file. */
            mimeType?: string;
            /**
             * Format: date-time
             * @description When the upload was first made (RFC 3339).
             */
            createTime?: DateTime;
            /**
             * Format: date-time
             * @description When it last changed (RFC 3339).
             */
            updateTime?: DateTime;
            uploadStatus?: components<DateTime>["schemas"]["UploadStatus"];
            /** @description Kind of document declared at upload. */
            documentType?: string;
        };
        /** @description A message from the review team about the registration. */
        RegistrationLog: {
            /** @description Text of the message. */
            message?: string;
            /**
             * Format: date-time
             * @description When it was written (RFC 3339).
             */
            createTime?: DateTime;
        };
        /**
         * Number Order State
         * @description Lifecycle of an order: `CREATED` (numbers reserved), `IN_REVIEW` (submitted), `BLOCKED`
         *     (needs action, see the registration logs), then one of the final states `COMPLETED`,
         *     `REJECTED` or `EXPIRED`. `NUMBER_ORDER_STATE_UNSPECIFIED` means unknown.
         * @enum {string}
         */
        NumberOrderState: "NUMBER_ORDER_STATE_UNSPECIFIED" | "CREATED" | "EXPIRED" | "IN_REVIEW" | "BLOCKED" | "REJECTED" | "COMPLETED";
        /**
         * SMS Error Code
         * @description Why SMS provisioning failed, e.g. the campaign is unknown or not yet accepted, the 10DLC
         *     number limit was reached, the balance is too low, or a partner system was down.
         * @enum {string}
         */
        SmsErrorCode: "ERROR_CODE_UNSPECIFIED" | "INTERNAL_ERROR" | "SMS_PROVISIONING_FAILED" | "CAMPAIGN_PROVISIONING_FAILED" | "CAMPAIGN_NOT_AVAILABLE" | "EXCEEDED_10DLC_LIMIT" | "NUMBER_PROVISIONING_FAILED" | "PARTNER_SERVICE_UNAVAILABLE" | "CAMPAIGN_PENDING_ACCEPTANCE" | "MNO_SHARING_ERROR" | "CAMPAIGN_EXPIRED" | "CAMPAIGN_MNO_REJECTED" | "CAMPAIGN_MNO_SUSPENDED" | "CAMPAIGN_MNO_REVIEW" | "INSUFFICIENT_BALANCE" | "MOCK_CAMPAIGN_NOT_ALLOWED" | "TFN_NOT_ALLOWED" | "INVALID_NNID";
        /**
         * @description Kind of voice application: `RTC` (Voice API app), `EST` (Elastic SIP Trunk) or `FAX` (Fax
         *     service).
         * @default RTC
         * @enum {string}
         */
        VoiceApplicationType: "RTC" | "EST" | "FAX";
        /**
         * Common VoiceConfiguration fields
         * @description Fields shared by all voice configurations.
         */
        VoiceConfigurationCommon: {
            type?: components<DateTime>["schemas"]["VoiceApplicationType"];
            /**
             * Format: date-time
             * @description When the voice configuration last changed.
             */
            readonly lastUpdatedTime?: DateTime;
            /** @description Pending or failed voice provisioning job, if any. */
            readonly scheduledVoiceProvisioning?: Omit<components<DateTime>["schemas"]["ScheduledVoiceProvisioning"], "type">;
        };
        /** @description Elastic SIP Trunking target. */
        VoiceTrunkId: {
            /**
             * @description ID of the SIP trunk (dashboard: Elastic SIP Trunking > Trunks). Used with
             *     `type: EST`.
             */
            trunkId?: string;
        };
        /** @description Fax target. */
        VoiceServiceId: {
            /** @description ID of the Fax service (dashboard: Fax > Services). Used with `type: FAX`. */
            serviceId?: string;
        };
        /** @description Voice API target. */
        VoiceAppId: {
            /**
             * @description ID of the Voice API application (dashboard: Voice > Apps). Used with `type:
             *     RTC`.
             */
            appId?: string;
        };
        /**
         * RTC VoiceConfiguration
         * @description Routes calls to a Voice API application (`type: RTC`, set `appId`).
         */
        VoiceConfigurationRTC: components<DateTime>["schemas"]["VoiceConfigurationCommon"] & components<DateTime>["schemas"]["VoiceAppId"] & {
            /** @enum {string} */
            type: "RTC";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RTC";
        };
        /**
         * EST VoiceConfiguration
         * @description Routes calls to an Elastic SIP Trunk (`type: EST`, set `trunkId`).
         */
        VoiceConfigurationEST: WithRequired<components<DateTime>["schemas"]["VoiceConfigurationCommon"], "type"> & components<DateTime>["schemas"]["VoiceTrunkId"] & {
            /** @enum {string} */
            type: "EST";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "EST";
        };
        /**
         * FAX VoiceConfiguration
         * @description Routes calls to a Fax service (`type: FAX`, set `serviceId`).
         */
        VoiceConfigurationFAX: WithRequired<components<DateTime>["schemas"]["VoiceConfigurationCommon"], "type"> & components<DateTime>["schemas"]["VoiceServiceId"] & {
            /** @enum {string} */
            type: "FAX";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "FAX";
        };
        /**
         * VoiceConfiguration
         * @description Voice settings of a number, selected by `type`: `RTC` needs `appId`, `EST` needs `trunkId`,
         *     `FAX` needs `serviceId`. Changes apply asynchronously: until done, the target ID at the top
         *     level may be empty and the pending change shows in `scheduledVoiceProvisioning`.
         */
        VoiceConfiguration: components<DateTime>["schemas"]["VoiceConfigurationRTC"] | components<DateTime>["schemas"]["VoiceConfigurationEST"] | components<DateTime>["schemas"]["VoiceConfigurationFAX"];
        /**
         * OrderVoiceConfigurationBase
         * @description Fields shared by all voice settings of an order.
         */
        OrderVoiceConfigurationBase: {
            type: components<DateTime>["schemas"]["VoiceApplicationType"];
        };
        /**
         * OrderVoiceConfigurationRTC
         * @description Order voice settings for a Voice API application.
         */
        OrderVoiceConfigurationRTC: components<DateTime>["schemas"]["OrderVoiceConfigurationBase"] & components<DateTime>["schemas"]["VoiceAppId"] & {
            /** @enum {string} */
            type: "RTC";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RTC";
        };
        /**
         * OrderVoiceConfigurationEST
         * @description Order voice settings for an Elastic SIP Trunk.
         */
        OrderVoiceConfigurationEST: components<DateTime>["schemas"]["OrderVoiceConfigurationBase"] & components<DateTime>["schemas"]["VoiceConfigurationEST"] & {
            /** @enum {string} */
            type: "EST";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "EST";
        };
        /**
         * OrderVoiceConfigurationFAX
         * @description Order voice settings for a Fax service.
         */
        OrderVoiceConfigurationFAX: components<DateTime>["schemas"]["OrderVoiceConfigurationBase"] & components<DateTime>["schemas"]["VoiceConfigurationFAX"] & {
            /** @enum {string} */
            type: "FAX";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "FAX";
        };
        /**
         * OrderVoiceConfiguration
         * @description Voice settings to apply to numbers bought through an order, selected by `type` as for active
         *     numbers.
         */
        OrderVoiceConfiguration: components<DateTime>["schemas"]["OrderVoiceConfigurationRTC"] | components<DateTime>["schemas"]["OrderVoiceConfigurationEST"] | components<DateTime>["schemas"]["OrderVoiceConfigurationFAX"];
        /** @description Fields shared by all pending voice provisioning jobs. */
        ScheduledVoiceProvisioningCommon: {
            type: components<DateTime>["schemas"]["VoiceApplicationType"];
            /**
             * Format: date-time
             * @description When `status` last changed.
             */
            readonly lastUpdatedTime?: DateTime;
            status?: components<DateTime>["schemas"]["ProvisioningStatus"];
        };
        /** @description Pending link to an Elastic SIP Trunk. */
        ScheduledVoiceProvisioningEST: components<DateTime>["schemas"]["ScheduledVoiceProvisioningCommon"] & components<DateTime>["schemas"]["VoiceTrunkId"] & {
            /** @enum {string} */
            type: "EST";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "EST";
        };
        /** @description Pending link to a Fax service. */
        ScheduledVoiceProvisioningFAX: components<DateTime>["schemas"]["ScheduledVoiceProvisioningCommon"] & components<DateTime>["schemas"]["VoiceServiceId"] & {
            /** @enum {string} */
            type: "FAX";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "FAX";
        };
        /** @description Pending link to a Voice API application. */
        ScheduledVoiceProvisioningRTC: components<DateTime>["schemas"]["ScheduledVoiceProvisioningCommon"] & components<DateTime>["schemas"]["VoiceAppId"] & {
            /** @enum {string} */
            type: "RTC";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RTC";
        };
        /**
         * Scheduled Voice Provisioning
         * @description A voice provisioning job that is pending or has failed. Absent once the number is linked to
         *     its voice target.
         */
        ScheduledVoiceProvisioning: components<DateTime>["schemas"]["ScheduledVoiceProvisioningEST"] | components<DateTime>["schemas"]["ScheduledVoiceProvisioningFAX"] | components<DateTime>["schemas"]["ScheduledVoiceProvisioningRTC"];
        /** @description Callback settings of a project. */
        CallbackConfiguration: {
            /** @description The project these settings belong to. */
            projectId?: string;
            /**
             * @description Secret used to compute `X-Sinch-Signature` (HMAC-SHA1 of the raw callback
             *     body).
             */
            hmacSecret?: string;
        };
        /**
         * CallbackConfigurationUpdate
         * @description New callback settings.
         */
        CallbackConfigurationUpdate: {
            /** @description New signing secret: 32 to 64 characters from A-Z, a-z, 0-9 and `-`. */
            hmacSecret?: string;
        };
        /**
         * @description An event delivered to a callback URL, shaped by `resourceType`: `ACTIVE_NUMBER` for
         *     provisioning changes of a number, `NUMBER_ORDER` for order state changes.
         */
        CallbackPayload: components<DateTime>["schemas"]["CallbackPayloadActiveNumber"] | components<DateTime>["schemas"]["CallbackPayloadNumberOrder"];
        /** @description Event about a number's SMS, campaign or voice provisioning. */
        CallbackPayloadActiveNumber: {
            /**
             * @description Always `ACTIVE_NUMBER` for this event shape.
             * @enum {string}
             */
            resourceType: "ACTIVE_NUMBER";
            /**
             * @description What happened: linked to (`PROVISIONING_TO_*`) or unlinked from
             *     (`DEPROVISIONING_FROM_*`) the SMS platform, a 10DLC campaign or the voice platform.
             * @enum {string}
             */
            eventType?: "PROVISIONING_TO_SMS_PLATFORM" | "DEPROVISIONING_FROM_SMS_PLATFORM" | "PROVISIONING_TO_CAMPAIGN" | "DEPROVISIONING_FROM_CAMPAIGN" | "PROVISIONING_TO_VOICE_PLATFORM" | "DEPROVISIONING_FROM_VOICE_PLATFORM";
            /**
             * @description Whether the operation `SUCCEEDED` or `FAILED`.
             * @enum {string}
             */
            status?: "SUCCEEDED" | "FAILED";
            /**
             * @description Reason for a failure, mainly for campaign linking. SMS platform failures usually carry
             *     no code.
             * @enum {string}
             */
            failureCode?: "CAMPAIGN_NOT_AVAILABLE" | "EXCEEDED_10DLC_LIMIT" | "NUMBER_PROVISIONING_FAILED" | "PARTNER_SERVICE_UNAVAILABLE" | "CAMPAIGN_PENDING_ACCEPTANCE" | "MNO_SHARING_ERROR" | "CAMPAIGN_PROVISIONING_FAILED" | "CAMPAIGN_EXPIRED" | "CAMPAIGN_MNO_REJECTED" | "CAMPAIGN_MNO_SUSPENDED" | "CAMPAIGN_MNO_REVIEW" | "INSUFFICIENT_BALANCE" | "MOCK_CAMPAIGN_NOT_ALLOWED" | "TFN_NOT_ALLOWED" | "INVALID_NNID";
            /**
             * @description Lower-level code from the provisioning partner that some failures (notably campaign
             *     linking) include; Sinch's provisioning error list explains the values.
             */
            internalFailureCode?: string;
            /** @description The phone number concerned, in E.164 form. */
            resourceId?: string;
        } & (WithRequired<components<DateTime>["schemas"]["CallbackPayloadCommon"], "resourceType"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            resourceType: "ACTIVE_NUMBER";
        });
        /** @description Event about a number order changing state. */
        CallbackPayloadNumberOrder: {
            /**
             * @description Always `NUMBER_ORDER` for this event shape.
             * @enum {string}
             */
            resourceType: "NUMBER_ORDER";
            /**
             * @description Always `NUMBER_ORDER_PROCESSING`.
             * @enum {string}
             */
            eventType?: "NUMBER_ORDER_PROCESSING";
            /**
             * @description The state the order moved to. `COMPLETED`, `REJECTED` and `EXPIRED` are final; on
             *     `BLOCKED` read the registration logs to see what is needed.
             * @enum {string}
             */
            status?: "IN_REVIEW" | "BLOCKED" | "COMPLETED" | "REJECTED" | "EXPIRED";
            /** @description ID of the order concerned. */
            resourceId?: string;
        } & (WithRequired<components<DateTime>["schemas"]["CallbackPayloadCommon"], "resourceType"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            resourceType: "NUMBER_ORDER";
        });
        /** @description Fields present in every callback event. */
        CallbackPayloadCommon: {
            /** @description Unique ID of the event; use it to drop duplicates. */
            eventId?: string;
            /** @description When the event was created and queued for delivery. */
            timestamp?: string;
            /** @description The project the event belongs to. */
            projectId?: string;
            resourceType: components<DateTime>["schemas"]["ResourceType"];
        };
        /** @description Error envelope for `400 INVALID_ARGUMENT`. */
        InvalidArgument: {
            /** @description The error itself. */
            error?: {
                /**
                 * @description HTTP status code, repeated.
                 * @enum {integer}
                 */
                code?: 400;
                /** @description Human-readable explanation; do not parse it. */
                message?: string;
                /**
                 * @description Stable machine-readable error name.
                 * @enum {string}
                 */
                status?: "INVALID_ARGUMENT";
                /** @description Additional structured information; may be empty. */
                details?: components<DateTime>["schemas"]["BadRequest"][];
            };
        };
        /** @description Details of a rejected request. */
        BadRequest: {
            /**
             * @description Always `BadRequest`.
             * @enum {string}
             */
            type?: "BadRequest";
            /** @description One entry per invalid field. */
            fieldViolations?: components<DateTime>["schemas"]["FieldViolation"][];
        };
        /** @description A field that failed validation. */
        FieldViolation: {
            /** @description Path of the offending field. */
            field?: string;
            /** @description What is wrong with it. */
            description?: string;
        };
        /** @description Details of a missing resource. */
        NotFoundErrorDetails: {
            /** @description Kind of detail record. */
            type?: string;
            /** @description Kind of resource that was looked for. */
            resourceType?: string;
            /** @description Identifier that was looked for. */
            resourceName?: string;
            /** @description Owner of the resource, when known. */
            owner?: string;
            /** @description Human-readable explanation. */
            description?: string;
        };
        /** @description Details of an oversized upload. */
        RequestEntityTooLargeErrorDetails: {
            /** @description Kind of detail record. */
            type?: string;
            /** @description The part of the request that was too large. */
            resourceName?: string;
            /** @description Human-readable explanation, usually with the limit. */
            description?: string;
        };
        /** @description Error envelope for `404 NOT_FOUND`. */
        NotFound: {
            /** @description The error itself. */
            error?: {
                /**
                 * @description HTTP status code, repeated.
                 * @enum {integer}
                 */
                code?: 404;
                /** @description Human-readable explanation; do not parse it. */
                message?: string;
                /**
                 * @description Stable machine-readable error name.
                 * @enum {string}
                 */
                status?: "NOT_FOUND";
                /** @description Additional structured information; may be empty. */
                details?: components<DateTime>["schemas"]["NotFoundErrorDetails"][];
            };
        };
        /** @description Error envelope for `413 CONTENT_TOO_LARGE`. */
        RequestEntityTooLarge: {
            /** @description The error itself. */
            error?: {
                /**
                 * @description HTTP status code, repeated.
                 * @enum {integer}
                 */
                code?: 413;
                /** @description Human-readable explanation; do not parse it. */
                message?: string;
                /**
                 * @description Stable machine-readable error name.
                 * @enum {string}
                 */
                status?: "CONTENT_TOO_LARGE";
                /** @description Additional structured information; may be empty. */
                details?: components<DateTime>["schemas"]["RequestEntityTooLargeErrorDetails"][];
            };
        };
        /** @description Error envelope for `500 INTERNAL` / `UNKNOWN`. */
        InternalError: {
            /** @description The error itself. */
            error?: {
                /**
                 * @description HTTP status code, repeated.
                 * @enum {integer}
                 */
                code?: 500;
                /** @description Human-readable explanation; do not parse it. */
                message?: string;
                /**
                 * @description Stable machine-readable error name.
                 * @enum {string}
                 */
                status?: "INTERNAL" | "UNKNOWN";
                /** @description Additional structured information; may be empty. */
                details?: Record<string, never>[];
            };
        };
        /**
         * Emergency Address
         * @description A street address for emergency services.
         */
        EmergencyAddress: {
            /** @description House or building number. */
            streetNumber?: string;
            /** @description Street name, with suffix (e.g. `Main St`). */
            streetInfo?: string;
            /** @description Extra detail such as apartment, suite or floor. */
            location?: string;
            /** @description City. */
            city?: string;
            /** @description State or province code (e.g. `IL`). */
            state?: string;
            /** @description Postal (ZIP) code. */
            postalCode?: string;
            /** @description The four-digit ZIP+4 extension (US). */
            postalCodePlusFour?: string;
        };
        /**
         * Validate Emergency Address Response
         * @description Outcome of an address validation.
         */
        ValidateAddressResponse: {
            phoneNumber?: components<DateTime>["schemas"]["PhoneNumber"];
            /** @description Name stored with the emergency address. */
            displayName?: string;
            validatedAddress?: components<DateTime>["schemas"]["EmergencyAddress"];
            validationResult?: components<DateTime>["schemas"]["AddressValidationResultCode"];
            /** @description Human-readable summary of the result. */
            validationMessage?: string;
            correctedAddress?: components<DateTime>["schemas"]["EmergencyAddress"];
            /** @description Possible intended addresses; only filled on `NO_MATCH`. */
            candidateAddresses?: components<DateTime>["schemas"]["EmergencyAddress"][];
        };
        /**
         * Emergency Address Request
         * @description An emergency address to provision or validate.
         */
        EmergencyAddressRequest: {
            /** @description Name to store with the address (for example the user or site). */
            displayName: string;
            /** @description The address; street number, street, city, state and postal code are required. */
            address: WithRequired<components<DateTime>["schemas"]["EmergencyAddress"], "streetNumber" | "streetInfo" | "city" | "state" | "postalCode">;
        };
        /**
         * @description Validation verdict: `EXACT_MATCH` (valid as sent), `NEAR_MATCH` (valid after correction),
         *     `NO_MATCH` (not found) or `ADDRESS_VALIDATION_RESULT_CODE_UNSPECIFIED`.
         * @enum {string}
         */
        AddressValidationResultCode: "ADDRESS_VALIDATION_RESULT_CODE_UNSPECIFIED" | "EXACT_MATCH" | "NEAR_MATCH" | "NO_MATCH";
        /**
         * @description Kind of resource an event is about: `ACTIVE_NUMBER` or `NUMBER_ORDER`.
         * @enum {string}
         */
        ResourceType: "ACTIVE_NUMBER" | "NUMBER_ORDER";
        /** @description Error envelope for `403 PERMISSION_DENIED`. */
        PermissionDenied: {
            /** @description The error itself. */
            error?: {
                /**
                 * @description HTTP status code, repeated.
                 * @enum {integer}
                 */
                code?: 403;
                /** @description Human-readable explanation; do not parse it. */
                message?: string;
                /**
                 * @description Stable machine-readable error name.
                 * @enum {string}
                 */
                status?: "PERMISSION_DENIED";
                /** @description Additional structured information; may be empty. */
                details?: Record<string, never>[];
            };
        };
        /** @description Error envelope for `401 UNAUTHENTICATED`. */
        Unauthenticated: {
            /** @description The error itself. */
            error?: {
                /**
                 * @description HTTP status code, repeated.
                 * @enum {integer}
                 */
                code?: 401;
                /** @description Human-readable explanation; do not parse it. */
                message?: string;
                /**
                 * @description Stable machine-readable error name.
                 * @enum {string}
                 */
                status?: "UNAUTHENTICATED";
                /** @description Additional structured information; may be empty. */
                details?: Record<string, never>[];
            };
        };
        /** @description Error envelope for `429 RESOURCE_EXHAUSTED`. */
        TooManyRequests: {
            /** @description The error itself. */
            error?: {
                /**
                 * @description HTTP status code, repeated.
                 * @enum {integer}
                 */
                code?: 429;
                /** @description Human-readable explanation; do not parse it. */
                message?: string;
                /**
                 * @description Stable machine-readable error name.
                 * @enum {string}
                 */
                status?: "RESOURCE_EXHAUSTED";
                /** @description Additional structured information; may be empty. */
                details?: Record<string, never>[];
            };
        };
    };
    responses: {
        /**
         * @description The number as it stands after the call, including any provisioning that is
         *     still running.
         */
        ActiveNumberResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "phoneNumber": "+12025550134",
                 *       "projectId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                 *       "displayName": "Support line",
                 *       "regionCode": "US",
                 *       "type": "LOCAL",
                 *       "capability": [
                 *         "SMS",
                 *         "VOICE"
                 *       ],
                 *       "money": {
                 *         "currencyCode": "USD",
                 *         "amount": "2.00"
                 *       },
                 *       "paymentIntervalMonths": 1,
                 *       "nextChargeDate": "2026-02-15T10:30:00Z",
                 *       "smsConfiguration": {
                 *         "servicePlanId": "8c1f4b2e9d7a4e6f8b3c5d1a2e4f6a8b",
                 *         "campaignId": "CX4B9QZ"
                 *       },
                 *       "voiceConfiguration": {
                 *         "type": "RTC",
                 *         "appId": "b6e2a4d8-1c3f-4e5a-9b7d-2f4e6a8c0d1e",
                 *         "lastUpdatedTime": "2026-01-15T10:31:12Z"
                 *       },
                 *       "callbackUrl": "https://callbacks.example.com/sinch/numbers"
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["ActiveNumberResponse"];
            };
        };
        /**
         * @description The number can be bought; capabilities, prices and paperwork requirements are
         *     included.
         */
        AvailableNumberResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "phoneNumber": "+12025550191",
                 *       "regionCode": "US",
                 *       "type": "LOCAL",
                 *       "capability": [
                 *         "SMS",
                 *         "VOICE"
                 *       ],
                 *       "setupPrice": {
                 *         "currencyCode": "USD",
                 *         "amount": "0.00"
                 *       },
                 *       "monthlyPrice": {
                 *         "currencyCode": "USD",
                 *         "amount": "2.00"
                 *       },
                 *       "paymentIntervalMonths": 1,
                 *       "supportingDocumentationRequired": false
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["AvailableNumber"];
            };
        };
        /** @description The emergency address now attached to the number. */
        EmergencyAddressResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "streetNumber": "1600",
                 *       "streetInfo": "Main St",
                 *       "location": "Suite 200",
                 *       "city": "Springfield",
                 *       "state": "IL",
                 *       "postalCode": "62701",
                 *       "postalCodePlusFour": "1234"
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["EmergencyAddress"];
            };
        };
        /**
         * @description Unexpected failure on the Sinch side. Safe to retry reads after a pause; check state before
         *     retrying billable writes.
         */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": 500,
                 *         "message": "Internal error; please try again later.",
                 *         "status": "INTERNAL",
                 *         "details": []
                 *       }
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["InternalError"];
            };
        };
        /**
         * @description The request is malformed or a value is not allowed; `details` lists the
         *     offending fields.
         */
        InvalidArgument: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": 400,
                 *         "message": "Request contains an invalid argument.",
                 *         "status": "INVALID_ARGUMENT",
                 *         "details": [
                 *           {
                 *             "type": "BadRequest",
                 *             "fieldViolations": [
                 *               {
                 *                 "field": "regionCode",
                 *                 "description": "Expected a two-letter ISO 3166-1 code such as US."
                 *               }
                 *             ]
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["InvalidArgument"];
            };
        };
        /** @description One page of active numbers. Continue with `nextPageToken` while it is non-empty. */
        ListActiveNumbersResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "activeNumbers": [
                 *         {
                 *           "phoneNumber": "+12025550134",
                 *           "projectId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                 *           "displayName": "Support line",
                 *           "regionCode": "US",
                 *           "type": "LOCAL",
                 *           "capability": [
                 *             "SMS",
                 *             "VOICE"
                 *           ],
                 *           "money": {
                 *             "currencyCode": "USD",
                 *             "amount": "2.00"
                 *           },
                 *           "paymentIntervalMonths": 1,
                 *           "nextChargeDate": "2026-02-15T10:30:00Z",
                 *           "smsConfiguration": {
                 *             "servicePlanId": "8c1f4b2e9d7a4e6f8b3c5d1a2e4f6a8b",
                 *             "campaignId": "CX4B9QZ"
                 *           },
                 *           "voiceConfiguration": {
                 *             "type": "RTC",
                 *             "appId": "b6e2a4d8-1c3f-4e5a-9b7d-2f4e6a8c0d1e",
                 *             "lastUpdatedTime": "2026-01-15T10:31:12Z"
                 *           },
                 *           "callbackUrl": "https://callbacks.example.com/sinch/numbers"
                 *         },
                 *         {
                 *           "phoneNumber": "+12025550178",
                 *           "projectId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                 *           "displayName": "PBX trunk",
                 *           "regionCode": "US",
                 *           "type": "LOCAL",
                 *           "capability": [
                 *             "VOICE"
                 *           ],
                 *           "money": {
                 *             "currencyCode": "USD",
                 *             "amount": "2.00"
                 *           },
                 *           "paymentIntervalMonths": 1,
                 *           "nextChargeDate": "2026-02-03T08:00:00Z",
                 *           "voiceConfiguration": {
                 *             "type": "EST",
                 *             "trunkId": "01hv3k9q7zp4m2x8n6b5c1d0ef",
                 *             "lastUpdatedTime": "2026-01-03T08:05:00Z"
                 *           }
                 *         }
                 *       ],
                 *       "nextPageToken": "CgwrMTIwMjU1NTAxNzg",
                 *       "totalSize": 5
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["ListActiveNumbersResponse"];
            };
        };
        /** @description Numbers matching the search (possibly none). Not paginated. */
        ListAvailableNumbersResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "availableNumbers": [
                 *         {
                 *           "phoneNumber": "+12025550191",
                 *           "regionCode": "US",
                 *           "type": "LOCAL",
                 *           "capability": [
                 *             "SMS",
                 *             "VOICE"
                 *           ],
                 *           "setupPrice": {
                 *             "currencyCode": "USD",
                 *             "amount": "0.00"
                 *           },
                 *           "monthlyPrice": {
                 *             "currencyCode": "USD",
                 *             "amount": "2.00"
                 *           },
                 *           "paymentIntervalMonths": 1,
                 *           "supportingDocumentationRequired": false
                 *         },
                 *         {
                 *           "phoneNumber": "+12025550155",
                 *           "regionCode": "US",
                 *           "type": "LOCAL",
                 *           "capability": [
                 *             "SMS",
                 *             "VOICE"
                 *           ],
                 *           "setupPrice": {
                 *             "currencyCode": "USD",
                 *             "amount": "0.00"
                 *           },
                 *           "monthlyPrice": {
                 *             "currencyCode": "USD",
                 *             "amount": "2.00"
                 *           },
                 *           "paymentIntervalMonths": 1,
                 *           "supportingDocumentationRequired": false
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["ListAvailableNumbersResponse"];
            };
        };
        /** @description The regions on offer, each with its available number types. */
        ListAvailableRegionsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "availableRegions": [
                 *         {
                 *           "regionCode": "US",
                 *           "regionName": "United States",
                 *           "types": [
                 *             "LOCAL",
                 *             "TOLL_FREE"
                 *           ]
                 *         },
                 *         {
                 *           "regionCode": "GB",
                 *           "regionName": "United Kingdom",
                 *           "types": [
                 *             "MOBILE",
                 *             "LOCAL"
                 *           ]
                 *         },
                 *         {
                 *           "regionCode": "SE",
                 *           "regionName": "Sweden",
                 *           "types": [
                 *             "MOBILE"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["ListAvailableRegionsResponse"];
            };
        };
        /**
         * @description The project, number, order or attachment referred to does not exist or is not visible to
         *     these credentials.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": 404,
                 *         "message": "Requested resource was not found.",
                 *         "status": "NOT_FOUND",
                 *         "details": [
                 *           {
                 *             "type": "ResourceInfo",
                 *             "resourceType": "ActiveNumber",
                 *             "resourceName": "+12025550134",
                 *             "owner": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                 *             "description": "This number is not active in the project."
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["NotFound"];
            };
        };
        /**
         * @description The credentials were accepted but may not perform this call: for example the access key
         *     belongs to a different project, or the account lacks the feature.
         */
        PermissionDenied: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": 403,
                 *         "message": "The access key is not allowed to use this project.",
                 *         "status": "PERMISSION_DENIED",
                 *         "details": []
                 *       }
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["PermissionDenied"];
            };
        };
        /** @description The uploaded file exceeds the size limit. */
        RequestEntityTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": 413,
                 *         "message": "Uploaded file is too large.",
                 *         "status": "CONTENT_TOO_LARGE",
                 *         "details": [
                 *           {
                 *             "type": "RequestEntityTooLarge",
                 *             "resourceName": "file",
                 *             "description": "The file exceeds the maximum upload size."
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["RequestEntityTooLarge"];
            };
        };
        /**
         * @description Rate limit reached. Wait for the number of seconds in `Retry-After` (or back off
         *     exponentially if it is absent) before trying again.
         */
        TooManyRequests: {
            headers: {
                /**
                 * @description How long to wait before sending the next request: a number of seconds (`30`) or an
                 *     HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`), as HTTP allows both.
                 */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": 429,
                 *         "message": "Rate limit exceeded; retry later.",
                 *         "status": "RESOURCE_EXHAUSTED",
                 *         "details": []
                 *       }
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["TooManyRequests"];
            };
        };
        /**
         * @description Missing or invalid credentials: a wrong key ID/secret pair, or an expired or malformed OAuth
         *     access token.
         */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": 401,
                 *         "message": "Missing or invalid credentials.",
                 *         "status": "UNAUTHENTICATED",
                 *         "details": []
                 *       }
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["Unauthenticated"];
            };
        };
    };
    parameters: {
        /**
         * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
         *     The credentials must belong to this project.
         */
        projectId: string;
        /**
         * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
         *     spaces. Encode the `+` as `%2B` in the URL.
         */
        phoneNumber: string;
        /** @description The order's ID, as returned in `idNumberOrder` by `CreateNumberOrder`. */
        numberOrderId: string;
        /**
         * @description Digits the number must contain; `numberPattern.searchPattern` says where. May start with the
         *     country code and `+` (sent as `%2B`) when matching from the start.
         */
        "numberPattern.pattern": string;
        /**
         * @description Where `numberPattern.pattern` has to appear in the number: `START`, `CONTAINS` or `END`.
         *     Ignored without a pattern.
         */
        "numberPattern.searchPattern": components<DateTime>["schemas"]["NumberPatternSearchPattern"];
        /**
         * @description Country to search in, as an ISO 3166-1 alpha-2 code (`US`, `GB`, `SE`). Required.
         *     `NumberService_ListAvailableRegions` lists valid values.
         */
        regionCodeRequired: string;
        /** @description Only list numbers from this country (ISO 3166-1 alpha-2 code, e.g. `US`). */
        regionCodeOptional: string;
        /** @description Kind of number to search for: `MOBILE`, `LOCAL` or `TOLL_FREE`. Required. */
        typeRequired: components<DateTime>["schemas"]["NumberType"];
        /**
         * @description Kind of number to list. Gotcha: if omitted, only `MOBILE` numbers come back, so `LOCAL` and
         *     `TOLL_FREE` numbers seem to be missing. Always set it, one call per type if needed.
         */
        typeOptional: components<DateTime>["schemas"]["NumberType"];
        /**
         * @description Plural spelling, used by the available-numbers search only: keep numbers that support every
         *     listed capability. Repeat for both (`capabilities=SMS&capabilities=VOICE`). The
         *     active-numbers list calls this filter `capability`.
         */
        capabilities: components<DateTime>["schemas"]["NumberCapability"][];
        /**
         * @description Singular spelling, used by the active-numbers list only: filter on SMS and/or VOICE support,
         *     repeating the parameter for both. The search endpoint calls it `capabilities`.
         */
        capability: components<DateTime>["schemas"]["NumberCapability"][];
        /**
         * @description Page size for the active-numbers list. No default is documented: always set it. (The
         *     available-numbers search uses `size` instead and is not paginated.)
         */
        pageSize: number;
        /**
         * @description Cursor for the next page: the `nextPageToken` of the previous response. Leave out on the
         *     first request and keep the other filters unchanged while paging.
         */
        pageToken: string;
        /** @description Sort the list by `phoneNumber` or by `displayName`. */
        orderBy: "phoneNumber" | "displayName";
    };
    requestBodies: {
        /** @description The settings to change. Omitted fields keep their value. */
        ActiveNumberRequest: {
            content: {
                "application/json": components<DateTime>["schemas"]["ActiveNumberRequest"];
            };
        };
        /**
         * @description How to configure the number once rented. Include only the configuration objects
         *     you need.
         */
        RentNumberRequest: {
            content: {
                "application/json": components<DateTime>["schemas"]["RentNumberRequest"];
            };
        };
        /** @description The address to register for emergency calls. */
        ProvisionEmergencyAddressRequest: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Springfield office",
                 *       "address": {
                 *         "streetNumber": "1600",
                 *         "streetInfo": "Main St",
                 *         "location": "Suite 200",
                 *         "city": "Springfield",
                 *         "state": "IL",
                 *         "postalCode": "62701"
                 *       }
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["EmergencyAddressRequest"];
            };
        };
        /** @description The address to check. */
        ValidateEmergencyAddressRequest: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Springfield office",
                 *       "address": {
                 *         "streetNumber": "1600",
                 *         "streetInfo": "Main Street",
                 *         "city": "Springfield",
                 *         "state": "IL",
                 *         "postalCode": "62701"
                 *       }
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["EmergencyAddressRequest"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
/** JSON Schema definitions of the document (unused by these APIs). */
export type $defs = Record<string, never>;
/** Every operation of the API by operationId: parameters, request body and responses. */
export interface operations<DateTime = string> {
    NumberService_RentNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        requestBody: components<DateTime>["requestBodies"]["RentNumberRequest"];
        responses: {
            /** @description The number that was rented, with SMS and voice linking still in progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "phoneNumber": "+12025550191",
                     *       "projectId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                     *       "displayName": "",
                     *       "regionCode": "US",
                     *       "type": "LOCAL",
                     *       "capability": [
                     *         "SMS",
                     *         "VOICE"
                     *       ],
                     *       "money": {
                     *         "currencyCode": "USD",
                     *         "amount": "2.00"
                     *       },
                     *       "paymentIntervalMonths": 1,
                     *       "nextChargeDate": "2026-02-15T10:30:00Z",
                     *       "smsConfiguration": {
                     *         "servicePlanId": "",
                     *         "campaignId": "",
                     *         "scheduledProvisioning": {
                     *           "servicePlanId": "8c1f4b2e9d7a4e6f8b3c5d1a2e4f6a8b",
                     *           "campaignId": "CX4B9QZ",
                     *           "status": "WAITING",
                     *           "lastUpdatedTime": "2026-01-15T10:30:00Z",
                     *           "errorCodes": []
                     *         }
                     *       },
                     *       "voiceConfiguration": {
                     *         "type": "RTC",
                     *         "scheduledVoiceProvisioning": {
                     *           "type": "RTC",
                     *           "appId": "b6e2a4d8-1c3f-4e5a-9b7d-2f4e6a8c0d1e",
                     *           "status": "WAITING",
                     *           "lastUpdatedTime": "2026-01-15T10:30:00Z"
                     *         }
                     *       },
                     *       "callbackUrl": "https://callbacks.example.com/sinch/numbers"
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["ActiveNumberResponse"];
                };
            };
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    NumberService_RentAnyNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
            };
            cookie?: never;
        };
        /** @description Search criteria plus the configuration to apply to the number that is rented. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "regionCode": "US",
                 *       "type": "LOCAL",
                 *       "capabilities": [
                 *         "SMS"
                 *       ],
                 *       "numberPattern": {
                 *         "pattern": "+1202",
                 *         "searchPattern": "START"
                 *       },
                 *       "smsConfiguration": {
                 *         "servicePlanId": "8c1f4b2e9d7a4e6f8b3c5d1a2e4f6a8b",
                 *         "campaignId": "CX4B9QZ"
                 *       },
                 *       "callbackUrl": "https://callbacks.example.com/sinch/numbers"
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["RentAnyNumberRequest"];
            };
        };
        responses: {
            /** @description The number that was rented, with provisioning still in progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "phoneNumber": "+12025550191",
                     *       "projectId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                     *       "displayName": "",
                     *       "regionCode": "US",
                     *       "type": "LOCAL",
                     *       "capability": [
                     *         "SMS",
                     *         "VOICE"
                     *       ],
                     *       "money": {
                     *         "currencyCode": "USD",
                     *         "amount": "2.00"
                     *       },
                     *       "paymentIntervalMonths": 1,
                     *       "nextChargeDate": "2026-02-15T10:30:00Z",
                     *       "smsConfiguration": {
                     *         "servicePlanId": "",
                     *         "campaignId": "",
                     *         "scheduledProvisioning": {
                     *           "servicePlanId": "8c1f4b2e9d7a4e6f8b3c5d1a2e4f6a8b",
                     *           "campaignId": "CX4B9QZ",
                     *           "status": "WAITING",
                     *           "lastUpdatedTime": "2026-01-15T10:30:00Z",
                     *           "errorCodes": []
                     *         }
                     *       },
                     *       "callbackUrl": "https://callbacks.example.com/sinch/numbers"
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["ActiveNumberResponse"];
                };
            };
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    NumberService_ListActiveNumbers: {
        parameters: {
            query?: {
                /** @description Only list numbers from this country (ISO 3166-1 alpha-2 code, e.g. `US`). */
                regionCode?: components<DateTime>["parameters"]["regionCodeOptional"];
                /**
                 * @description Digits the number must contain; `numberPattern.searchPattern` says where. May start with the
                 *     country code and `+` (sent as `%2B`) when matching from the start.
                 */
                "numberPattern.pattern"?: components<DateTime>["parameters"]["numberPattern.pattern"];
                /**
                 * @description Where `numberPattern.pattern` has to appear in the number: `START`, `CONTAINS` or `END`.
                 *     Ignored without a pattern.
                 */
                "numberPattern.searchPattern"?: components<DateTime>["parameters"]["numberPattern.searchPattern"];
                /**
                 * @description Kind of number to list. Gotcha: if omitted, only `MOBILE` numbers come back, so `LOCAL` and
                 *     `TOLL_FREE` numbers seem to be missing. Always set it, one call per type if needed.
                 */
                type?: components<DateTime>["parameters"]["typeOptional"];
                /**
                 * @description Singular spelling, used by the active-numbers list only: filter on SMS and/or VOICE support,
                 *     repeating the parameter for both. The search endpoint calls it `capabilities`.
                 */
                capability?: components<DateTime>["parameters"]["capability"];
                /**
                 * @description Page size for the active-numbers list. No default is documented: always set it. (The
                 *     available-numbers search uses `size` instead and is not paginated.)
                 */
                pageSize?: components<DateTime>["parameters"]["pageSize"];
                /**
                 * @description Cursor for the next page: the `nextPageToken` of the previous response. Leave out on the
                 *     first request and keep the other filters unchanged while paging.
                 */
                pageToken?: components<DateTime>["parameters"]["pageToken"];
                /** @description Sort the list by `phoneNumber` or by `displayName`. */
                orderBy?: components<DateTime>["parameters"]["orderBy"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components<DateTime>["responses"]["ListActiveNumbersResponse"];
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    NumberService_GetActiveNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components<DateTime>["responses"]["ActiveNumberResponse"];
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    NumberService_UpdateActiveNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        requestBody?: components<DateTime>["requestBodies"]["ActiveNumberRequest"];
        responses: {
            200: components<DateTime>["responses"]["ActiveNumberResponse"];
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    NumberService_ReleaseNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components<DateTime>["responses"]["ActiveNumberResponse"];
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    NumberService_ListAvailableNumbers: {
        parameters: {
            query: {
                /**
                 * @description Digits the number must contain; `numberPattern.searchPattern` says where. May start with the
                 *     country code and `+` (sent as `%2B`) when matching from the start.
                 */
                "numberPattern.pattern"?: components<DateTime>["parameters"]["numberPattern.pattern"];
                /**
                 * @description Where `numberPattern.pattern` has to appear in the number: `START`, `CONTAINS` or `END`.
                 *     Ignored without a pattern.
                 */
                "numberPattern.searchPattern"?: components<DateTime>["parameters"]["numberPattern.searchPattern"];
                /**
                 * @description Country to search in, as an ISO 3166-1 alpha-2 code (`US`, `GB`, `SE`). Required.
                 *     `NumberService_ListAvailableRegions` lists valid values.
                 */
                regionCode: components<DateTime>["parameters"]["regionCodeRequired"];
                /** @description Kind of number to search for: `MOBILE`, `LOCAL` or `TOLL_FREE`. Required. */
                type: components<DateTime>["parameters"]["typeRequired"];
                /**
                 * @description Plural spelling, used by the available-numbers search only: keep numbers that support every
                 *     listed capability. Repeat for both (`capabilities=SMS&capabilities=VOICE`). The
                 *     active-numbers list calls this filter `capability`.
                 */
                capabilities?: components<DateTime>["parameters"]["capabilities"];
                /**
                 * @description Upper bound on the number of results. The search returns a single batch with no page
                 *     token; note the name differs from `pageSize` on the active-numbers list.
                 */
                size?: number;
            };
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components<DateTime>["responses"]["ListAvailableNumbersResponse"];
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    NumberService_GetAvailableNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components<DateTime>["responses"]["AvailableNumberResponse"];
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    LookupNumberRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
            };
            cookie?: never;
        };
        /** @description The region and number type you intend to buy. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "regionCode": "US",
                 *       "numberType": "LOCAL"
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["LookupNumberRequirementsRequest"];
            };
        };
        responses: {
            /** @description Fields and documents needed for an order of this region and type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "fields": {
                     *         "businessName": {
                     *           "type": "string",
                     *           "required": true,
                     *           "maxLength": 100
                     *         },
                     *         "businessAddress": {
                     *           "type": "string",
                     *           "required": true,
                     *           "maxLength": 200
                     *         },
                     *         "contactEmail": {
                     *           "type": "string",
                     *           "required": true,
                     *           "format": "email"
                     *         }
                     *       },
                     *       "attachments": [
                     *         {
                     *           "id": "01j9x7m3c5d7f9g1h3j5k7m9n1",
                     *           "title": "Proof of address",
                     *           "description": "Utility bill or bank statement, at most three months old, showing the business address.",
                     *           "mandatory": true,
                     *           "template": [
                     *             {
                     *               "name": "cover-sheet.pdf",
                     *               "url": "https://docs.example.com/templates/cover-sheet.pdf"
                     *             }
                     *           ],
                     *           "allowedMimeTypes": [
                     *             "application/pdf",
                     *             "image/jpeg",
                     *             "image/png"
                     *           ],
                     *           "allowedDocumentTypes": [
                     *             "Utility bill",
                     *             "Bank statement"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["NumberRequirements"];
                };
            };
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    CreateNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
            };
            cookie?: never;
        };
        /** @description What to order and how the numbers should be configured once active. */
        requestBody: {
            content: {
                "application/json": components<DateTime>["schemas"]["CreateNumberOrderRequest"];
            };
        };
        responses: {
            /** @description The new order in state `CREATED`, with the reserved numbers and their prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "projectId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                     *       "idNumberOrder": "01j9x7k2m4n6p8q0r2s4t6v8w0",
                     *       "regionCode": "US",
                     *       "state": "CREATED",
                     *       "numberType": "LOCAL",
                     *       "orderNumbers": [
                     *         {
                     *           "phoneNumber": "+12025550191",
                     *           "numberPrice": {
                     *             "setupPrice": {
                     *               "currencyCode": "USD",
                     *               "amount": "0.00"
                     *             },
                     *             "monthlyPrice": {
                     *               "currencyCode": "USD",
                     *               "amount": "2.00"
                     *             },
                     *             "paymentIntervalMonths": 1
                     *           },
                     *           "capabilities": [
                     *             "SMS",
                     *             "VOICE"
                     *           ]
                     *         }
                     *       ],
                     *       "smsConfiguration": {
                     *         "servicePlanId": "8c1f4b2e9d7a4e6f8b3c5d1a2e4f6a8b"
                     *       },
                     *       "expireTime": "2026-01-16T10:30:00Z",
                     *       "createTime": "2026-01-15T10:30:00Z",
                     *       "updateTime": "2026-01-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["NumberOrder"];
                };
            };
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    GetNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /** @description The order's ID, as returned in `idNumberOrder` by `CreateNumberOrder`. */
                numberOrderId: components<DateTime>["parameters"]["numberOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "projectId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                     *       "idNumberOrder": "01j9x7k2m4n6p8q0r2s4t6v8w0",
                     *       "regionCode": "US",
                     *       "state": "IN_REVIEW",
                     *       "numberType": "LOCAL",
                     *       "orderNumbers": [
                     *         {
                     *           "phoneNumber": "+12025550191",
                     *           "numberPrice": {
                     *             "setupPrice": {
                     *               "currencyCode": "USD",
                     *               "amount": "0.00"
                     *             },
                     *             "monthlyPrice": {
                     *               "currencyCode": "USD",
                     *               "amount": "2.00"
                     *             },
                     *             "paymentIntervalMonths": 1
                     *           },
                     *           "capabilities": [
                     *             "SMS",
                     *             "VOICE"
                     *           ]
                     *         }
                     *       ],
                     *       "smsConfiguration": {
                     *         "servicePlanId": "8c1f4b2e9d7a4e6f8b3c5d1a2e4f6a8b"
                     *       },
                     *       "expireTime": "2026-01-16T10:30:00Z",
                     *       "createTime": "2026-01-15T10:30:00Z",
                     *       "updateTime": "2026-01-15T10:45:00Z"
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["NumberOrder"];
                };
            };
            401: components<DateTime>["responses"]["Unauthenticated"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    GetNumberOrderRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /** @description The order's ID, as returned in `idNumberOrder` by `CreateNumberOrder`. */
                numberOrderId: components<DateTime>["parameters"]["numberOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registration of the order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestDetails": {
                     *         "businessName": "Example Widgets LLC",
                     *         "businessAddress": "1600 Main St, Suite 200, Springfield, IL 62701",
                     *         "contactEmail": "compliance@example.com"
                     *       },
                     *       "attachments": [
                     *         {
                     *           "attachmentId": "01j9x7m3c5d7f9g1h3j5k7m9n1",
                     *           "fileName": "proof-of-address.pdf",
                     *           "mimeType": "application/pdf",
                     *           "createTime": "2026-01-15T10:40:00Z",
                     *           "updateTime": "2026-01-15T10:40:05Z",
                     *           "uploadStatus": "COMPLETED",
                     *           "documentType": "Utility bill"
                     *         }
                     *       ],
                     *       "logs": [
                     *         {
                     *           "message": "Proof of address received; the order is being reviewed.",
                     *           "createTime": "2026-01-15T11:02:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["Registration"];
                };
            };
            401: components<DateTime>["responses"]["Unauthenticated"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    UpdateNumberOrderRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /** @description The order's ID, as returned in `idNumberOrder` by `CreateNumberOrder`. */
                numberOrderId: components<DateTime>["parameters"]["numberOrderId"];
            };
            cookie?: never;
        };
        /** @description The registration data for the order. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requestDetails": {
                 *         "businessName": "Example Widgets LLC",
                 *         "businessAddress": "1600 Main St, Suite 200, Springfield, IL 62701",
                 *         "contactEmail": "compliance@example.com"
                 *       }
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["UpdateNumberOrderRegistrationRequest"];
            };
        };
        responses: {
            /** @description The registration as now stored, with its documents and review messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestDetails": {
                     *         "businessName": "Example Widgets LLC",
                     *         "businessAddress": "1600 Main St, Suite 200, Springfield, IL 62701",
                     *         "contactEmail": "compliance@example.com"
                     *       },
                     *       "attachments": [],
                     *       "logs": []
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["Registration"];
                };
            };
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    UploadNumberOrderAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /** @description The order's ID, as returned in `idNumberOrder` by `CreateNumberOrder`. */
                numberOrderId: components<DateTime>["parameters"]["numberOrderId"];
                /**
                 * @description Which required document this file satisfies: the `id` of an entry in `attachments` from
                 *     `LookupNumberRequirements`.
                 */
                attachmentId: string;
            };
            cookie?: never;
        };
        /** @description A multipart form with the file and, optionally, its document type. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "%PDF-1.7 (binary file content)",
                 *       "documentType": "Utility bill"
                 *     }
                 */
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The document itself.
                     */
                    file: string;
                    /**
                     * @description Kind of document, one of the slot's `allowedDocumentTypes` when it
                     *     has any.
                     */
                    documentType?: string;
                };
            };
        };
        responses: {
            /** @description The file was stored. No response body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            404: components<DateTime>["responses"]["NotFound"];
            413: components<DateTime>["responses"]["RequestEntityTooLarge"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    SubmitNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /** @description The order's ID, as returned in `idNumberOrder` by `CreateNumberOrder`. */
                numberOrderId: components<DateTime>["parameters"]["numberOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submitted order with its updated state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "projectId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                     *       "idNumberOrder": "01j9x7k2m4n6p8q0r2s4t6v8w0",
                     *       "regionCode": "US",
                     *       "state": "IN_REVIEW",
                     *       "numberType": "LOCAL",
                     *       "orderNumbers": [
                     *         {
                     *           "phoneNumber": "+12025550191",
                     *           "numberPrice": {
                     *             "setupPrice": {
                     *               "currencyCode": "USD",
                     *               "amount": "0.00"
                     *             },
                     *             "monthlyPrice": {
                     *               "currencyCode": "USD",
                     *               "amount": "2.00"
                     *             },
                     *             "paymentIntervalMonths": 1
                     *           },
                     *           "capabilities": [
                     *             "SMS",
                     *             "VOICE"
                     *           ]
                     *         }
                     *       ],
                     *       "smsConfiguration": {
                     *         "servicePlanId": "8c1f4b2e9d7a4e6f8b3c5d1a2e4f6a8b"
                     *       },
                     *       "expireTime": "2026-01-16T10:30:00Z",
                     *       "createTime": "2026-01-15T10:30:00Z",
                     *       "updateTime": "2026-01-15T10:45:00Z"
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["NumberOrder"];
                };
            };
            401: components<DateTime>["responses"]["Unauthenticated"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    NumberService_ListAvailableRegions: {
        parameters: {
            query?: {
                /**
                 * @description Only list regions that offer these number types (`MOBILE`, `LOCAL`, `TOLL_FREE`). Repeat
                 *     the parameter for several types; omit it to get every region.
                 */
                types?: components<DateTime>["schemas"]["NumberType"][];
            };
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components<DateTime>["responses"]["ListAvailableRegionsResponse"];
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    GetCallbackConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The callback settings of the project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "projectId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                     *       "hmacSecret": "d3f1c9a2-7b4e-4c8a-9e21-5f6b0a7c3d8e"
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["CallbackConfiguration"];
                };
            };
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    UpdateCallbackConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
            };
            cookie?: never;
        };
        /** @description The new secret. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "hmacSecret": "d3f1c9a2-7b4e-4c8a-9e21-5f6b0a7c3d8e"
                 *     }
                 */
                "application/json": components<DateTime>["schemas"]["CallbackConfigurationUpdate"];
            };
        };
        responses: {
            /** @description The callback settings after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "projectId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                     *       "hmacSecret": "d3f1c9a2-7b4e-4c8a-9e21-5f6b0a7c3d8e"
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["CallbackConfiguration"];
                };
            };
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    NumberService_GetEmergencyAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components<DateTime>["responses"]["EmergencyAddressResponse"];
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    NumberService_ProvisionEmergencyAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        requestBody?: components<DateTime>["requestBodies"]["ProvisionEmergencyAddressRequest"];
        responses: {
            200: components<DateTime>["responses"]["EmergencyAddressResponse"];
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    NumberService_DeprovisionEmergencyAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address was removed. No response body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            403: components<DateTime>["responses"]["PermissionDenied"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
    NumberService_ValidateEmergencyAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of your Sinch project (UUID), listed in the Customer Dashboard under Settings > Projects.
                 *     The credentials must belong to this project.
                 */
                projectId: components<DateTime>["parameters"]["projectId"];
                /**
                 * @description The number in E.164 form: `+`, country code and subscriber number, up to 15 digits, no
                 *     spaces. Encode the `+` as `%2B` in the URL.
                 */
                phoneNumber: components<DateTime>["parameters"]["phoneNumber"];
            };
            cookie?: never;
        };
        requestBody?: components<DateTime>["requestBodies"]["ValidateEmergencyAddressRequest"];
        responses: {
            /** @description Outcome of the validation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "phoneNumber": "+12025550134",
                     *       "displayName": "Springfield office",
                     *       "validatedAddress": {
                     *         "streetNumber": "1600",
                     *         "streetInfo": "Main Street",
                     *         "city": "Springfield",
                     *         "state": "IL",
                     *         "postalCode": "62701"
                     *       },
                     *       "validationResult": "NEAR_MATCH",
                     *       "validationMessage": "Street suffix abbreviated and ZIP+4 added.",
                     *       "correctedAddress": {
                     *         "streetNumber": "1600",
                     *         "streetInfo": "Main St",
                     *         "city": "Springfield",
                     *         "state": "IL",
                     *         "postalCode": "62701",
                     *         "postalCodePlusFour": "1234"
                     *       },
                     *       "candidateAddresses": []
                     *     }
                     */
                    "application/json": components<DateTime>["schemas"]["ValidateAddressResponse"];
                };
            };
            400: components<DateTime>["responses"]["InvalidArgument"];
            401: components<DateTime>["responses"]["Unauthenticated"];
            404: components<DateTime>["responses"]["NotFound"];
            429: components<DateTime>["responses"]["TooManyRequests"];
            500: components<DateTime>["responses"]["InternalError"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
