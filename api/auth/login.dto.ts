import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'central@baton.example' })
  @IsEmail({}, { message: 'email must be an e-mail address, such as central@baton.example' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'the demo password printed at start' })
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(1024)
  password!: string;
}
