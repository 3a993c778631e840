import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ThreadUnread', { description: "A signed-in member's place in a thread they have opened before" })
export class ViewerUnreadModel {
  @Field(() => Int, { description: 'The highest post number the member has read' }) lastReadPostNumber: number;
  @Field(() => Int, { description: 'Posts after it that the member may see' }) newReplies: number;
}
