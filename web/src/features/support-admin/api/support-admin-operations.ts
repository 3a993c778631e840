import { graphql } from '../../../gql/gql';

export const SupportSettingsFieldsFragment = graphql(`
  fragment SupportSettingsFields on SupportSettings {
    timeZone
    holidaySource
    removedHolidays
    updatedAt
    hours {
      weekday
      closed
      opens
      closes
    }
    extraHolidays {
      date
      name
    }
    targets {
      plan
      priority
      firstResponseMinutes
      clock
    }
    upcomingHolidays(months: 12, includeWorked: true) {
      date
      name
      origin
      worked
    }
  }
`);

export const SupportSettingsQuery = graphql(`
  query SupportSettings {
    supportSettings {
      ...SupportSettingsFields
    }
  }
`);

export const UpdateSupportSettingsMutation = graphql(`
  mutation UpdateSupportSettings($input: SupportSettingsInput!) {
    updateSupportSettings(input: $input) {
      ...SupportSettingsFields
    }
  }
`);

export const SlaPreviewQuery = graphql(`
  query SlaPreview($priority: TicketPriority!, $plan: Plan!, $openedAt: DateTime!) {
    slaPreview(priority: $priority, plan: $plan, openedAt: $openedAt) {
      firstResponseDueAt
      targetMinutes
      clock
    }
  }
`);
