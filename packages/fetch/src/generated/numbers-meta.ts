/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/numbers.yaml (info.version 1.0.3), kind "meta", by scripts/generate.ts.
 * Change the spec and run `pnpm generate` instead.
 */

import type { MetaOperation, MetaSchema } from '../meta/types.js';

/** Every operation of the spec, by operationId. */
export const operations: { readonly [operationId in "NumberService_RentNumber" | "NumberService_RentAnyNumber" | "NumberService_ListActiveNumbers" | "NumberService_GetActiveNumber" | "NumberService_UpdateActiveNumber" | "NumberService_ReleaseNumber" | "NumberService_ListAvailableNumbers" | "NumberService_GetAvailableNumber" | "LookupNumberRequirements" | "CreateNumberOrder" | "GetNumberOrder" | "GetNumberOrderRegistration" | "UpdateNumberOrderRegistration" | "UploadNumberOrderAttachment" | "SubmitNumberOrder" | "NumberService_ListAvailableRegions" | "GetCallbackConfiguration" | "UpdateCallbackConfiguration" | "NumberService_GetEmergencyAddress" | "NumberService_ProvisionEmergencyAddress" | "NumberService_DeprovisionEmergencyAddress" | "NumberService_ValidateEmergencyAddress"]: MetaOperation } = {
  "NumberService_RentNumber": {
    "method": "post",
    "path": "/v1/projects/{projectId}/availableNumbers/{phoneNumber}:rent",
    "name": "availableNumber.rent",
    "retry": "never",
    "billable": true,
    "parameters": {
      "phoneNumber": {
        "in": "path",
        "schema": {
          "type": "string",
          "pattern": "^\\+[1-9]\\d{1,14}$"
        }
      }
    },
    "body": {
      "mediaType": "application/json",
      "required": true,
      "schema": {
        "$ref": "RentNumberRequest"
      }
    },
    "response": {
      "$ref": "ActiveNumberResponse"
    }
  },
  "NumberService_RentAnyNumber": {
    "method": "post",
    "path": "/v1/projects/{projectId}/availableNumbers:rentAny",
    "name": "availableNumber.rentAny",
    "retry": "never",
    "billable": true,
    "parameters": {},
    "body": {
      "mediaType": "application/json",
      "required": true,
      "schema": {
        "$ref": "RentAnyNumberRequest"
      }
    },
    "response": {
      "$ref": "ActiveNumberResponse"
    }
  },
  "NumberService_ListActiveNumbers": {
    "method": "get",
    "path": "/v1/projects/{projectId}/activeNumbers",
    "name": "activeNumber.list",
    "retry": "safe",
    "pagination": {
      "items": "activeNumbers",
      "pageToken": "pageToken",
      "nextPageToken": "nextPageToken",
      "totalSize": "totalSize"
    },
    "parameters": {
      "regionCode": {
        "in": "query",
        "schema": {
          "type": "string"
        }
      },
      "numberPattern.pattern": {
        "in": "query",
        "schema": {
          "type": "string"
        }
      },
      "numberPattern.searchPattern": {
        "in": "query",
        "schema": {
          "$ref": "NumberPatternSearchPattern"
        }
      },
      "type": {
        "in": "query",
        "schema": {
          "$ref": "NumberType"
        }
      },
      "capability": {
        "in": "query",
        "schema": {
          "type": "array",
          "items": {
            "$ref": "NumberCapability"
          }
        }
      },
      "pageSize": {
        "in": "query",
        "schema": {
          "type": "integer"
        }
      },
      "pageToken": {
        "in": "query",
        "schema": {
          "type": "string"
        }
      },
      "orderBy": {
        "in": "query",
        "schema": {
          "type": "string",
          "enum": [
            "phoneNumber",
            "displayName"
          ]
        }
      }
    },
    "response": {
      "$ref": "ListActiveNumbersResponse"
    }
  },
  "NumberService_GetActiveNumber": {
    "method": "get",
    "path": "/v1/projects/{projectId}/activeNumbers/{phoneNumber}",
    "name": "activeNumber.get",
    "retry": "safe",
    "parameters": {
      "phoneNumber": {
        "in": "path",
        "schema": {
          "type": "string",
          "pattern": "^\\+[1-9]\\d{1,14}$"
        }
      }
    },
    "response": {
      "$ref": "ActiveNumberResponse"
    }
  },
  "NumberService_UpdateActiveNumber": {
    "method": "patch",
    "path": "/v1/projects/{projectId}/activeNumbers/{phoneNumber}",
    "name": "activeNumber.update",
    "retry": "safe",
    "parameters": {
      "phoneNumber": {
        "in": "path",
        "schema": {
          "type": "string",
          "pattern": "^\\+[1-9]\\d{1,14}$"
        }
      }
    },
    "body": {
      "mediaType": "application/json",
      "schema": {
        "$ref": "ActiveNumberRequest"
      }
    },
    "response": {
      "$ref": "ActiveNumberResponse"
    }
  },
  "NumberService_ReleaseNumber": {
    "method": "post",
    "path": "/v1/projects/{projectId}/activeNumbers/{phoneNumber}:release",
    "name": "activeNumber.release",
    "retry": "never",
    "billable": true,
    "parameters": {
      "phoneNumber": {
        "in": "path",
        "schema": {
          "type": "string",
          "pattern": "^\\+[1-9]\\d{1,14}$"
        }
      }
    },
    "response": {
      "$ref": "ActiveNumberResponse"
    }
  },
  "NumberService_ListAvailableNumbers": {
    "method": "get",
    "path": "/v1/projects/{projectId}/availableNumbers",
    "name": "availableNumber.list",
    "retry": "safe",
    "pagination": {
      "items": "availableNumbers"
    },
    "parameters": {
      "numberPattern.pattern": {
        "in": "query",
        "schema": {
          "type": "string"
        }
      },
      "numberPattern.searchPattern": {
        "in": "query",
        "schema": {
          "$ref": "NumberPatternSearchPattern"
        }
      },
      "regionCode": {
        "in": "query",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      "type": {
        "in": "query",
        "required": true,
        "schema": {
          "$ref": "NumberType"
        }
      },
      "capabilities": {
        "in": "query",
        "schema": {
          "type": "array",
          "items": {
            "$ref": "NumberCapability"
          }
        }
      },
      "size": {
        "in": "query",
        "schema": {
          "type": "integer"
        }
      }
    },
    "response": {
      "$ref": "ListAvailableNumbersResponse"
    }
  },
  "NumberService_GetAvailableNumber": {
    "method": "get",
    "path": "/v1/projects/{projectId}/availableNumbers/{phoneNumber}",
    "name": "availableNumber.checkAvailability",
    "retry": "safe",
    "parameters": {
      "phoneNumber": {
        "in": "path",
        "schema": {
          "type": "string",
          "pattern": "^\\+[1-9]\\d{1,14}$"
        }
      }
    },
    "response": {
      "$ref": "AvailableNumber"
    }
  },
  "LookupNumberRequirements": {
    "method": "post",
    "path": "/v1/projects/{projectId}/numberOrders:lookupNumberRequirements",
    "name": "numberOrder.lookupRequirements",
    "retry": "safe",
    "parameters": {},
    "body": {
      "mediaType": "application/json",
      "required": true,
      "schema": {
        "$ref": "LookupNumberRequirementsRequest"
      }
    },
    "response": {
      "$ref": "NumberRequirements"
    }
  },
  "CreateNumberOrder": {
    "method": "post",
    "path": "/v1/projects/{projectId}/numberOrders:createNumberOrder",
    "name": "numberOrder.create",
    "retry": "never",
    "billable": true,
    "parameters": {},
    "body": {
      "mediaType": "application/json",
      "required": true,
      "schema": {
        "$ref": "CreateNumberOrderRequest"
      }
    },
    "response": {
      "$ref": "NumberOrder"
    }
  },
  "GetNumberOrder": {
    "method": "get",
    "path": "/v1/projects/{projectId}/numberOrders/{numberOrderId}",
    "name": "numberOrder.get",
    "retry": "safe",
    "parameters": {
      "numberOrderId": {
        "in": "path",
        "schema": {
          "type": "string"
        }
      }
    },
    "response": {
      "$ref": "NumberOrder"
    }
  },
  "GetNumberOrderRegistration": {
    "method": "get",
    "path": "/v1/projects/{projectId}/numberOrders/{numberOrderId}/registration",
    "name": "numberOrder.getRegistration",
    "retry": "safe",
    "parameters": {
      "numberOrderId": {
        "in": "path",
        "schema": {
          "type": "string"
        }
      }
    },
    "response": {
      "$ref": "Registration"
    }
  },
  "UpdateNumberOrderRegistration": {
    "method": "put",
    "path": "/v1/projects/{projectId}/numberOrders/{numberOrderId}/registration",
    "name": "numberOrder.updateRegistration",
    "retry": "safe",
    "parameters": {
      "numberOrderId": {
        "in": "path",
        "schema": {
          "type": "string"
        }
      }
    },
    "body": {
      "mediaType": "application/json",
      "required": true,
      "schema": {
        "$ref": "UpdateNumberOrderRegistrationRequest"
      }
    },
    "response": {
      "$ref": "Registration"
    }
  },
  "UploadNumberOrderAttachment": {
    "method": "post",
    "path": "/v1/projects/{projectId}/numberOrders/{numberOrderId}/attachments/{attachmentId}",
    "name": "numberOrder.uploadAttachment",
    "retry": "safe",
    "parameters": {
      "numberOrderId": {
        "in": "path",
        "schema": {
          "type": "string"
        }
      },
      "attachmentId": {
        "in": "path",
        "schema": {
          "type": "string"
        }
      }
    },
    "body": {
      "mediaType": "multipart/form-data",
      "required": true,
      "schema": {
        "type": "object",
        "required": [
          "file"
        ],
        "properties": {
          "file": {
            "type": "string"
          },
          "documentType": {
            "type": "string"
          }
        }
      }
    }
  },
  "SubmitNumberOrder": {
    "method": "post",
    "path": "/v1/projects/{projectId}/numberOrders/{numberOrderId}/submit",
    "name": "numberOrder.submit",
    "retry": "never",
    "billable": true,
    "parameters": {
      "numberOrderId": {
        "in": "path",
        "schema": {
          "type": "string"
        }
      }
    },
    "response": {
      "$ref": "NumberOrder"
    }
  },
  "NumberService_ListAvailableRegions": {
    "method": "get",
    "path": "/v1/projects/{projectId}/availableRegions",
    "name": "availableRegions.list",
    "retry": "safe",
    "pagination": {
      "items": "availableRegions"
    },
    "parameters": {
      "types": {
        "in": "query",
        "schema": {
          "type": "array",
          "items": {
            "$ref": "NumberType"
          }
        }
      }
    },
    "response": {
      "$ref": "ListAvailableRegionsResponse"
    }
  },
  "GetCallbackConfiguration": {
    "method": "get",
    "path": "/v1/projects/{projectId}/callbackConfiguration",
    "name": "callbackConfiguration.get",
    "retry": "safe",
    "parameters": {},
    "response": {
      "$ref": "CallbackConfiguration"
    }
  },
  "UpdateCallbackConfiguration": {
    "method": "patch",
    "path": "/v1/projects/{projectId}/callbackConfiguration",
    "name": "callbackConfiguration.update",
    "retry": "safe",
    "parameters": {},
    "body": {
      "mediaType": "application/json",
      "schema": {
        "$ref": "CallbackConfigurationUpdate"
      }
    },
    "response": {
      "$ref": "CallbackConfiguration"
    }
  },
  "NumberService_GetEmergencyAddress": {
    "method": "get",
    "path": "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress",
    "name": "emergencyAddress.get",
    "retry": "safe",
    "parameters": {
      "phoneNumber": {
        "in": "path",
        "schema": {
          "type": "string",
          "pattern": "^\\+[1-9]\\d{1,14}$"
        }
      }
    },
    "response": {
      "$ref": "EmergencyAddress"
    }
  },
  "NumberService_ProvisionEmergencyAddress": {
    "method": "post",
    "path": "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:provision",
    "name": "emergencyAddress.provision",
    "retry": "never",
    "billable": true,
    "parameters": {
      "phoneNumber": {
        "in": "path",
        "schema": {
          "type": "string",
          "pattern": "^\\+[1-9]\\d{1,14}$"
        }
      }
    },
    "body": {
      "mediaType": "application/json",
      "schema": {
        "$ref": "EmergencyAddressRequest"
      }
    },
    "response": {
      "$ref": "EmergencyAddress"
    }
  },
  "NumberService_DeprovisionEmergencyAddress": {
    "method": "post",
    "path": "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:deprovision",
    "name": "emergencyAddress.deprovision",
    "retry": "never",
    "billable": true,
    "parameters": {
      "phoneNumber": {
        "in": "path",
        "schema": {
          "type": "string",
          "pattern": "^\\+[1-9]\\d{1,14}$"
        }
      }
    }
  },
  "NumberService_ValidateEmergencyAddress": {
    "method": "post",
    "path": "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:validate",
    "name": "emergencyAddress.validate",
    "retry": "safe",
    "parameters": {
      "phoneNumber": {
        "in": "path",
        "schema": {
          "type": "string",
          "pattern": "^\\+[1-9]\\d{1,14}$"
        }
      }
    },
    "body": {
      "mediaType": "application/json",
      "schema": {
        "$ref": "EmergencyAddressRequest"
      }
    },
    "response": {
      "$ref": "ValidateAddressResponse"
    }
  }
};

/** Every component schema of the spec, by name. */
export const schemas: Record<string, MetaSchema> = {
  "RentAnyNumberRequest": {
    "type": "object",
    "required": [
      "regionCode",
      "type"
    ],
    "properties": {
      "numberPattern": {
        "$ref": "NumberPattern"
      },
      "regionCode": {
        "allOf": [
          {
            "$ref": "RegionCode"
          }
        ]
      },
      "type": {
        "allOf": [
          {
            "$ref": "NumberType"
          }
        ]
      },
      "capabilities": {
        "type": "array",
        "items": {
          "$ref": "NumberCapability"
        }
      },
      "smsConfiguration": {
        "$ref": "smsConfiguration"
      },
      "voiceConfiguration": {
        "$ref": "VoiceConfiguration"
      },
      "callbackUrl": {
        "type": "string"
      }
    }
  },
  "NumberPatternSearchPattern": {
    "type": "string",
    "enum": [
      "START",
      "CONTAINS",
      "END"
    ]
  },
  "money": {
    "type": "object"
  },
  "ActiveNumberRequest": {
    "type": "object",
    "properties": {
      "displayName": {
        "type": "string"
      },
      "smsConfiguration": {
        "$ref": "smsConfiguration"
      },
      "voiceConfiguration": {
        "$ref": "VoiceConfiguration"
      },
      "callbackUrl": {
        "type": "string"
      }
    }
  },
  "ActiveNumberResponse": {
    "type": "object",
    "properties": {
      "phoneNumber": {
        "$ref": "PhoneNumber"
      },
      "projectId": {
        "type": "string"
      },
      "displayName": {
        "type": "string"
      },
      "regionCode": {
        "$ref": "RegionCode"
      },
      "type": {
        "$ref": "NumberType"
      },
      "capability": {
        "type": "array",
        "items": {
          "$ref": "NumberCapability"
        }
      },
      "money": {
        "$ref": "money"
      },
      "paymentIntervalMonths": {
        "type": "integer",
        "readOnly": true
      },
      "nextChargeDate": {
        "type": "string",
        "readOnly": true,
        "format": "date-time"
      },
      "expireAt": {
        "type": "string",
        "readOnly": true,
        "format": "date-time"
      },
      "smsConfiguration": {
        "$ref": "smsConfiguration"
      },
      "voiceConfiguration": {
        "$ref": "VoiceConfiguration"
      },
      "callbackUrl": {
        "type": "string"
      }
    }
  },
  "AvailableNumber": {
    "type": "object",
    "properties": {
      "capability": {
        "type": "array"
      },
      "setupPrice": {
        "$ref": "money"
      },
      "monthlyPrice": {
        "$ref": "money"
      }
    }
  },
  "AvailableRegion": {
    "type": "object",
    "properties": {
      "types": {
        "type": "array"
      }
    }
  },
  "ListActiveNumbersResponse": {
    "type": "object",
    "properties": {
      "activeNumbers": {
        "type": "array",
        "items": {
          "$ref": "ActiveNumberResponse"
        }
      },
      "nextPageToken": {
        "type": "string"
      },
      "totalSize": {
        "type": "integer"
      }
    }
  },
  "ListAvailableNumbersResponse": {
    "type": "object",
    "properties": {
      "availableNumbers": {
        "type": "array",
        "items": {
          "$ref": "AvailableNumber"
        }
      }
    }
  },
  "ListAvailableRegionsResponse": {
    "type": "object",
    "properties": {
      "availableRegions": {
        "type": "array",
        "items": {
          "$ref": "AvailableRegion"
        }
      }
    }
  },
  "NumberCapability": {
    "type": "string",
    "enum": [
      "SMS",
      "VOICE"
    ]
  },
  "NumberPattern": {
    "type": "object",
    "properties": {
      "pattern": {
        "type": "string"
      },
      "searchPattern": {
        "$ref": "NumberPatternSearchPattern"
      }
    }
  },
  "RegionCode": {
    "type": "string",
    "nullable": false
  },
  "NumberType": {
    "type": "string",
    "enum": [
      "MOBILE",
      "LOCAL",
      "TOLL_FREE"
    ],
    "nullable": false
  },
  "ProvisioningStatus": {
    "type": "string",
    "enum": [
      "PROVISIONING_STATUS_UNSPECIFIED",
      "WAITING",
      "IN_PROGRESS",
      "FAILED"
    ]
  },
  "RentNumberRequest": {
    "type": "object",
    "properties": {
      "smsConfiguration": {
        "$ref": "smsConfiguration"
      },
      "voiceConfiguration": {
        "$ref": "VoiceConfiguration"
      },
      "callbackUrl": {
        "type": "string"
      }
    }
  },
  "scheduledProvisioning": {
    "type": "object",
    "properties": {
      "servicePlanId": {
        "type": "string",
        "readOnly": true
      },
      "campaignId": {
        "type": "string",
        "readOnly": true
      },
      "status": {
        "$ref": "ProvisioningStatus"
      },
      "lastUpdatedTime": {
        "type": "string",
        "readOnly": true,
        "format": "date-time"
      },
      "errorCodes": {
        "type": "array",
        "readOnly": true,
        "items": {
          "$ref": "SmsErrorCode"
        }
      }
    }
  },
  "smsConfigurationBase": {
    "type": "object",
    "required": [
      "servicePlanId"
    ],
    "properties": {
      "servicePlanId": {
        "type": "string"
      },
      "campaignId": {
        "type": "string"
      }
    }
  },
  "smsConfiguration": {
    "type": "object",
    "allOf": [
      {
        "$ref": "smsConfigurationBase"
      },
      {
        "type": "object",
        "properties": {
          "scheduledProvisioning": {
            "readOnly": true,
            "allOf": [
              {
                "$ref": "scheduledProvisioning"
              }
            ]
          }
        }
      }
    ]
  },
  "OrderSmsConfiguration": {
    "type": "object",
    "allOf": [
      {
        "$ref": "smsConfigurationBase"
      }
    ]
  },
  "LookupNumberRequirementsRequest": {
    "type": "object",
    "required": [
      "regionCode",
      "numberType"
    ],
    "properties": {
      "regionCode": {
        "$ref": "RegionCode"
      },
      "numberType": {
        "$ref": "NumberType"
      }
    }
  },
  "NumberRequirements": {
    "type": "object",
    "properties": {
      "fields": {
        "type": "object"
      },
      "attachments": {
        "type": "array",
        "items": {
          "$ref": "RequiredAttachment"
        }
      }
    }
  },
  "CreateNumberOrderRequestBase": {
    "type": "object",
    "required": [
      "regionCode",
      "numberType"
    ],
    "properties": {
      "regionCode": {
        "$ref": "RegionCode"
      },
      "numberType": {
        "$ref": "NumberType"
      },
      "smsConfiguration": {
        "$ref": "OrderSmsConfiguration"
      },
      "voiceConfiguration": {
        "$ref": "OrderVoiceConfiguration"
      },
      "callbackUrl": {
        "type": "string"
      }
    }
  },
  "CreateNumberOrderRequest": {
    "allOf": [
      {
        "$ref": "CreateNumberOrderRequestBase"
      },
      {
        "oneOf": [
          {
            "type": "object",
            "required": [
              "numberOrderOption"
            ],
            "properties": {
              "numberOrderOption": {
                "$ref": "CreateNumberOrderOption"
              }
            }
          },
          {
            "type": "object",
            "required": [
              "quantityOrderOption"
            ],
            "properties": {
              "quantityOrderOption": {
                "$ref": "CreateQuantityOrderOption"
              }
            }
          }
        ]
      }
    ]
  },
  "CreateNumberOrderOption": {
    "type": "object",
    "properties": {
      "phoneNumbers": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1,
        "items": {
          "type": "string"
        }
      }
    }
  },
  "CreateQuantityOrderOption": {
    "type": "object",
    "required": [
      "requestedQuantity"
    ],
    "properties": {
      "numberPattern": {
        "$ref": "NumberPattern"
      },
      "requestedQuantity": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100
      },
      "sequential": {
        "type": "boolean"
      },
      "capabilities": {
        "type": "array",
        "items": {
          "$ref": "NumberCapability"
        }
      }
    }
  },
  "NumberOrder": {
    "type": "object",
    "properties": {
      "projectId": {
        "type": "string",
        "nullable": false
      },
      "idNumberOrder": {
        "type": "string",
        "nullable": false
      },
      "regionCode": {
        "$ref": "RegionCode"
      },
      "state": {
        "$ref": "NumberOrderState"
      },
      "numberType": {
        "$ref": "NumberType"
      },
      "orderNumbers": {
        "type": "array",
        "items": {
          "$ref": "OrderNumber"
        }
      },
      "smsConfiguration": {
        "$ref": "OrderSmsConfiguration"
      },
      "voiceConfiguration": {
        "$ref": "OrderVoiceConfiguration"
      },
      "expireTime": {
        "type": "string",
        "nullable": true,
        "format": "date-time"
      },
      "createTime": {
        "type": "string",
        "nullable": false,
        "format": "date-time"
      },
      "updateTime": {
        "type": "string",
        "nullable": false,
        "format": "date-time"
      }
    }
  },
  "NumberPrice": {
    "type": "object",
    "properties": {
      "setupPrice": {
        "$ref": "money"
      },
      "monthlyPrice": {
        "$ref": "money"
      }
    }
  },
  "OrderNumber": {
    "type": "object",
    "properties": {
      "numberPrice": {
        "$ref": "NumberPrice"
      },
      "capabilities": {
        "type": "array"
      }
    }
  },
  "UpdateNumberOrderRegistrationRequest": {
    "type": "object",
    "properties": {
      "requestDetails": {
        "type": "object",
        "additionalProperties": true
      }
    }
  },
  "Registration": {
    "type": "object",
    "properties": {
      "requestDetails": {
        "type": "object",
        "additionalProperties": true
      },
      "attachments": {
        "type": "array",
        "items": {
          "$ref": "Attachment"
        }
      },
      "logs": {
        "type": "array",
        "items": {
          "$ref": "RegistrationLog"
        }
      }
    }
  },
  "RequiredAttachment": {
    "type": "object",
    "properties": {
      "template": {
        "type": "array",
        "items": {
          "$ref": "AttachmentTemplate"
        }
      },
      "allowedMimeTypes": {
        "type": "array"
      },
      "allowedDocumentTypes": {
        "type": "array"
      }
    }
  },
  "AttachmentTemplate": {
    "type": "object"
  },
  "Attachment": {
    "type": "object",
    "properties": {
      "attachmentId": {
        "type": "string"
      },
      "fileName": {
        "type": "string"
      },
      "mimeType": {
        "type": "string"
      },
      "createTime": {
        "type": "string",
        "format": "date-time"
      },
      "updateTime": {
        "type": "string",
        "format": "date-time"
      },
      "uploadStatus": {
        "$ref": "UploadStatus"
      },
      "documentType": {
        "type": "string"
      }
    }
  },
  "RegistrationLog": {
    "type": "object",
    "properties": {
      "message": {
        "type": "string"
      },
      "createTime": {
        "type": "string",
        "format": "date-time"
      }
    }
  },
  "SmsErrorCode": {
    "type": "string",
    "enum": [
      "ERROR_CODE_UNSPECIFIED",
      "INTERNAL_ERROR",
      "SMS_PROVISIONING_FAILED",
      "CAMPAIGN_PROVISIONING_FAILED",
      "CAMPAIGN_NOT_AVAILABLE",
      "EXCEEDED_10DLC_LIMIT",
      "NUMBER_PROVISIONING_FAILED",
      "PARTNER_SERVICE_UNAVAILABLE",
      "CAMPAIGN_PENDING_ACCEPTANCE",
      "MNO_SHARING_ERROR",
      "CAMPAIGN_EXPIRED",
      "CAMPAIGN_MNO_REJECTED",
      "CAMPAIGN_MNO_SUSPENDED",
      "CAMPAIGN_MNO_REVIEW",
      "INSUFFICIENT_BALANCE",
      "MOCK_CAMPAIGN_NOT_ALLOWED",
      "TFN_NOT_ALLOWED",
      "INVALID_NNID"
    ]
  },
  "VoiceApplicationType": {
    "type": "string",
    "enum": [
      "RTC",
      "EST",
      "FAX"
    ]
  },
  "VoiceConfigurationCommon": {
    "type": "object",
    "properties": {
      "type": {
        "$ref": "VoiceApplicationType"
      },
      "lastUpdatedTime": {
        "type": "string",
        "readOnly": true,
        "format": "date-time"
      },
      "scheduledVoiceProvisioning": {
        "readOnly": true,
        "allOf": [
          {
            "$ref": "ScheduledVoiceProvisioning"
          }
        ]
      }
    }
  },
  "VoiceTrunkId": {
    "type": "object",
    "properties": {
      "trunkId": {
        "type": "string"
      }
    }
  },
  "VoiceServiceId": {
    "type": "object",
    "properties": {
      "serviceId": {
        "type": "string"
      }
    }
  },
  "VoiceAppId": {
    "type": "object",
    "properties": {
      "appId": {
        "type": "string"
      }
    }
  },
  "VoiceConfigurationRTC": {
    "type": "object",
    "allOf": [
      {
        "$ref": "VoiceConfigurationCommon"
      },
      {
        "$ref": "VoiceAppId"
      },
      {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "RTC"
            ]
          }
        }
      }
    ]
  },
  "VoiceConfigurationEST": {
    "type": "object",
    "required": [
      "type"
    ],
    "allOf": [
      {
        "$ref": "VoiceConfigurationCommon"
      },
      {
        "$ref": "VoiceTrunkId"
      },
      {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "EST"
            ]
          }
        }
      }
    ]
  },
  "VoiceConfigurationFAX": {
    "type": "object",
    "required": [
      "type"
    ],
    "allOf": [
      {
        "$ref": "VoiceConfigurationCommon"
      },
      {
        "$ref": "VoiceServiceId"
      },
      {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "FAX"
            ]
          }
        }
      }
    ]
  },
  "VoiceConfiguration": {
    "type": "object",
    "oneOf": [
      {
        "$ref": "VoiceConfigurationRTC"
      },
      {
        "$ref": "VoiceConfigurationEST"
      },
      {
        "$ref": "VoiceConfigurationFAX"
      }
    ],
    "discriminator": {
      "propertyName": "type",
      "mapping": {
        "RTC": "VoiceConfigurationRTC",
        "EST": "VoiceConfigurationEST",
        "FAX": "VoiceConfigurationFAX"
      }
    }
  },
  "OrderVoiceConfigurationBase": {
    "type": "object",
    "required": [
      "type"
    ],
    "properties": {
      "type": {
        "$ref": "VoiceApplicationType"
      }
    }
  },
  "OrderVoiceConfigurationRTC": {
    "type": "object",
    "allOf": [
      {
        "$ref": "OrderVoiceConfigurationBase"
      },
      {
        "$ref": "VoiceAppId"
      },
      {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "RTC"
            ]
          }
        }
      }
    ]
  },
  "OrderVoiceConfigurationEST": {
    "type": "object",
    "allOf": [
      {
        "$ref": "OrderVoiceConfigurationBase"
      },
      {
        "$ref": "VoiceConfigurationEST"
      },
      {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "EST"
            ]
          }
        }
      }
    ]
  },
  "OrderVoiceConfigurationFAX": {
    "type": "object",
    "allOf": [
      {
        "$ref": "OrderVoiceConfigurationBase"
      },
      {
        "$ref": "VoiceConfigurationFAX"
      },
      {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "FAX"
            ]
          }
        }
      }
    ]
  },
  "OrderVoiceConfiguration": {
    "type": "object",
    "oneOf": [
      {
        "$ref": "OrderVoiceConfigurationRTC"
      },
      {
        "$ref": "OrderVoiceConfigurationEST"
      },
      {
        "$ref": "OrderVoiceConfigurationFAX"
      }
    ],
    "discriminator": {
      "propertyName": "type",
      "mapping": {
        "RTC": "OrderVoiceConfigurationRTC",
        "EST": "OrderVoiceConfigurationEST",
        "FAX": "OrderVoiceConfigurationFAX"
      }
    }
  },
  "ScheduledVoiceProvisioningCommon": {
    "type": "object",
    "required": [
      "type"
    ],
    "allOf": [
      {
        "type": "object",
        "properties": {
          "type": {
            "$ref": "VoiceApplicationType"
          },
          "lastUpdatedTime": {
            "type": "string",
            "readOnly": true,
            "format": "date-time"
          },
          "status": {
            "$ref": "ProvisioningStatus"
          }
        }
      }
    ]
  },
  "ScheduledVoiceProvisioningEST": {
    "type": "object",
    "allOf": [
      {
        "$ref": "ScheduledVoiceProvisioningCommon"
      },
      {
        "$ref": "VoiceTrunkId"
      },
      {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "EST"
            ]
          }
        }
      }
    ]
  },
  "ScheduledVoiceProvisioningFAX": {
    "type": "object",
    "allOf": [
      {
        "$ref": "ScheduledVoiceProvisioningCommon"
      },
      {
        "$ref": "VoiceServiceId"
      },
      {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "FAX"
            ]
          }
        }
      }
    ]
  },
  "ScheduledVoiceProvisioningRTC": {
    "type": "object",
    "allOf": [
      {
        "$ref": "ScheduledVoiceProvisioningCommon"
      },
      {
        "$ref": "VoiceAppId"
      },
      {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "RTC"
            ]
          }
        }
      }
    ]
  },
  "ScheduledVoiceProvisioning": {
    "type": "object",
    "required": [
      "type"
    ],
    "readOnly": true,
    "oneOf": [
      {
        "$ref": "ScheduledVoiceProvisioningEST"
      },
      {
        "$ref": "ScheduledVoiceProvisioningFAX"
      },
      {
        "$ref": "ScheduledVoiceProvisioningRTC"
      }
    ],
    "discriminator": {
      "propertyName": "type",
      "mapping": {
        "EST": "ScheduledVoiceProvisioningEST",
        "FAX": "ScheduledVoiceProvisioningFAX",
        "RTC": "ScheduledVoiceProvisioningRTC"
      }
    }
  },
  "CallbackConfiguration": {
    "type": "object"
  },
  "CallbackConfigurationUpdate": {
    "type": "object",
    "properties": {
      "hmacSecret": {
        "type": "string",
        "pattern": "^[a-zA-Z0-9-]{32,64}$"
      }
    }
  },
  "EmergencyAddress": {
    "type": "object",
    "properties": {
      "streetNumber": {
        "type": "string"
      },
      "streetInfo": {
        "type": "string"
      },
      "location": {
        "type": "string"
      },
      "city": {
        "type": "string"
      },
      "state": {
        "type": "string"
      },
      "postalCode": {
        "type": "string"
      },
      "postalCodePlusFour": {
        "type": "string"
      }
    }
  },
  "ValidateAddressResponse": {
    "type": "object",
    "properties": {
      "validatedAddress": {
        "$ref": "EmergencyAddress"
      },
      "correctedAddress": {
        "$ref": "EmergencyAddress"
      },
      "candidateAddresses": {
        "type": "array",
        "items": {
          "$ref": "EmergencyAddress"
        }
      }
    }
  },
  "EmergencyAddressRequest": {
    "type": "object",
    "required": [
      "displayName",
      "address"
    ],
    "properties": {
      "displayName": {
        "type": "string"
      },
      "address": {
        "required": [
          "streetNumber",
          "streetInfo",
          "city",
          "state",
          "postalCode"
        ],
        "allOf": [
          {
            "$ref": "EmergencyAddress"
          }
        ]
      }
    }
  }
};
